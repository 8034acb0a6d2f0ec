package th.sso.hotline.nlu;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.nio.file.Path;

@Factory
class NluFactory {

    @Singleton
    IntentCatalog intentCatalog(NluProperties properties) {
        return new IntentCatalog(IntentFiles.readIntents(Path.of(properties.getIntentsDir())));
    }

    @Singleton
    @Bean(preDestroy = "close")
    TextAnalysis textAnalysis(NluProperties properties) {
        return new TextAnalysis(IntentFiles.readGlossary(Path.of(properties.getIntentsDir())));
    }

    @Singleton
    FeatureExtractor featureExtractor(TextAnalysis analysis, TextNormalizer normalizer) {
        return new FeatureExtractor(analysis, normalizer);
    }
}
