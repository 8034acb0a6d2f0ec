package th.sso.hotline.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.TextNormalizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A kept model answers exactly as the trained one did, and any change to what training reads trains anew. */
class TrainedModelsTest {

    private static final List<String> MESSAGES = List.of("ตกงานได้เงินไหม", "how much is the child allowance",
            "ทำฟันได้ปีละเท่าไหร่", "ราคาทองวันนี้", "ขอคุยกับเจ้าหน้าที่");

    @TempDir
    Path dir;

    @Test
    void aRestartReadsTheKeptModelAndClassifiesTheSame() throws IOException {
        IntentCatalog catalog = new IntentCatalog(IntentFiles.readIntents(Path.of("intents")));
        FeatureExtractor extractor = new FeatureExtractor(new TextAnalysis(IntentFiles.readGlossary(Path.of("intents"))),
                new TextNormalizer());
        IntentClassifier trained = new TrainedModels(dir).loadOrTrain(catalog, extractor, 0.7, IntentClassifier.DEFAULT_OTHER_SCHEME_WEIGHT);
        assertThat(modelFiles()).hasSize(1);
        long written = Files.getLastModifiedTime(modelFiles().get(0)).toMillis();

        IntentClassifier kept = new TrainedModels(dir).loadOrTrain(catalog, extractor, 0.7, IntentClassifier.DEFAULT_OTHER_SCHEME_WEIGHT);

        assertThat(Files.getLastModifiedTime(modelFiles().get(0)).toMillis()).isEqualTo(written);
        for (String m : MESSAGES) {
            Classification a = trained.classify(m);
            Classification b = kept.classify(m);
            assertThat(b.label()).isEqualTo(a.label());
            assertThat(b.confidence()).isEqualTo(a.confidence());
            assertThat(b.nearest()).isEqualTo(a.nearest());
        }
    }

    @Test
    void changedExamplesOrGlossaryChangeTheFingerprint() {
        List<IntentDefinition> all = IntentFiles.readIntents(Path.of("intents"));
        FeatureExtractor withGlossary = new FeatureExtractor(new TextAnalysis(IntentFiles.readGlossary(Path.of("intents"))),
                new TextNormalizer());
        FeatureExtractor without = new FeatureExtractor(new TextAnalysis(new th.sso.hotline.text.Glossary(List.of())),
                new TextNormalizer());
        String full = TrainedModels.fingerprint(new IntentCatalog(all), withGlossary);
        assertThat(TrainedModels.fingerprint(new IntentCatalog(all), withGlossary)).isEqualTo(full);
        assertThat(TrainedModels.fingerprint(new IntentCatalog(all.subList(1, all.size())), withGlossary)).isNotEqualTo(full);
        // The catalog's iteration order differs between JVM runs; the fingerprint must not.
        List<IntentDefinition> reversed = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertThat(TrainedModels.fingerprint(new IntentCatalog(reversed), withGlossary)).isEqualTo(full);
        assertThat(TrainedModels.fingerprint(new IntentCatalog(all), without)).isNotEqualTo(full);
    }

    @Test
    void anUnreadableFileIsTrainedAgain() throws IOException {
        IntentCatalog catalog = new IntentCatalog(IntentFiles.readIntents(Path.of("intents")));
        FeatureExtractor extractor = new FeatureExtractor(new TextAnalysis(IntentFiles.readGlossary(Path.of("intents"))),
                new TextNormalizer());
        Files.writeString(dir.resolve(TrainedModels.fingerprint(catalog, extractor) + ".model"), "not a model");
        assertThat(new TrainedModels(dir).loadOrTrain(catalog, extractor, 0.7, IntentClassifier.DEFAULT_OTHER_SCHEME_WEIGHT).classify("ตกงานได้เงินไหม").intent())
                .isEqualTo("unemployment");
    }

    private List<Path> modelFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".model")).toList();
        }
    }
}
