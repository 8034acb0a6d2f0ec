package th.sso.hotline.nlu;

import io.micronaut.health.HealthStatus;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.text.Glossary;
import th.sso.hotline.text.TextAnalysis;

class IntentModelHealthTest {

    private static final NluProperties PROPERTIES = new NluProperties() {
        @Override
        public String getIntentsDir() {
            return "intents";
        }

        @Override
        public String getModelDir() {
            return "target/test-intent-models";
        }

        @Override
        public Classifier getNlu() {
            return new Classifier() {
                @Override
                public double getTemperature() {
                    return 0.7;
                }

                @Override
                public double getOtherSchemeWeight() {
                    return 0.3;
                }

                @Override
                public double getLongMessageTemperature() {
                    return 0.5;
                }

                @Override
                public int getCacheSize() {
                    return 16;
                }
            };
        }
    };

    @Test
    void healthIsUpOnceTheClassifierIsTrained() {
        IntentCatalog catalog = new IntentCatalog(IntentFiles.readIntents(Path.of("intents")));
        TextAnalysis analysis = new TextAnalysis(IntentFiles.readGlossary(Path.of("intents")));
        IntentModel model = new IntentModel(catalog, new FeatureExtractor(analysis, new TextNormalizer()), PROPERTIES);
        assertThat(model.classifier().classify("ตกงานได้เงินไหม").intent()).isEqualTo("unemployment");
        assertThat(Mono.from(new IntentModelHealth(model).getResult()).block().getStatus()).isEqualTo(HealthStatus.UP);
    }

    @Test
    void aClassifierThatCannotBeTrainedKeepsHealthDown() {
        IntentCatalog oneIntent = new IntentCatalog(IntentFiles.readIntents(Path.of("intents")).stream().limit(1).toList());
        TextAnalysis analysis = new TextAnalysis(new Glossary(List.of()));
        IntentModel model = new IntentModel(oneIntent, new FeatureExtractor(analysis, new TextNormalizer()), PROPERTIES);
        assertThatThrownBy(model::classifier).hasCauseInstanceOf(IllegalStateException.class);
        var result = Mono.from(new IntentModelHealth(model).getResult()).block();
        assertThat(result.getStatus()).isEqualTo(HealthStatus.DOWN);
        assertThat(result.getDetails()).isEqualTo(java.util.Map.of("state", "failed"));
    }
}
