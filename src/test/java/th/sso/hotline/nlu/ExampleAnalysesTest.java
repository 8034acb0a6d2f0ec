package th.sso.hotline.nlu;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.TextNormalizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Example analyses read back from disk are exactly what analysing the examples gives, and a bad file is ignored. */
class ExampleAnalysesTest {

    private static final TextAnalysis ANALYSIS = new TextAnalysis(IntentFiles.readGlossary(Path.of("intents")));
    private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(ANALYSIS, new TextNormalizer());

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        ANALYSIS.close();
    }

    /** Every example wording of every intent, with its specific questions' wordings. */
    private static List<String> examples() {
        List<String> texts = new ArrayList<>();
        for (IntentDefinition intent : IntentFiles.readIntents(Path.of("intents"))) {
            if (intent.examples() != null) {
                texts.addAll(intent.examples().all());
            }
            for (IntentDefinition.Specific s : intent.specifics()) {
                if (s.examples() != null) {
                    texts.addAll(s.examples().all());
                }
            }
        }
        return texts;
    }

    @Test
    void aRestartReadsBackTheSameTokensAndFeaturesInTheSameOrder() throws IOException {
        List<String> texts = examples();
        ExampleAnalyses first = new ExampleAnalyses(EXTRACTOR, dir);
        texts.forEach(first::of);
        first.keep();
        assertThat(keptFiles()).hasSize(1);
        long written = Files.getLastModifiedTime(keptFiles().get(0)).toMillis();

        ExampleAnalyses restarted = new ExampleAnalyses(EXTRACTOR, dir);
        for (String text : texts) {
            FeatureExtractor.Analysed fresh = EXTRACTOR.analyse(text);
            FeatureExtractor.Analysed kept = restarted.of(text);
            assertThat(kept.tokens()).isEqualTo(ANALYSIS.tokens(text)).isEqualTo(fresh.tokens());
            assertThat(List.copyOf(kept.features().entrySet()))
                    .isEqualTo(List.copyOf(EXTRACTOR.extract(text).entrySet()));
        }
        // Nothing had to be analysed again, so nothing is written again.
        restarted.keep();
        assertThat(Files.getLastModifiedTime(keptFiles().get(0)).toMillis()).isEqualTo(written);
    }

    @Test
    void aNewExampleIsAnalysedAndKeptAtTheNextWrite() throws IOException {
        ExampleAnalyses first = new ExampleAnalyses(EXTRACTOR, dir);
        first.of("ตกงานได้เงินไหม");
        first.keep();
        ExampleAnalyses second = new ExampleAnalyses(EXTRACTOR, dir);
        Map<String, Double> added = second.features("how much is the child allowance");
        assertThat(added).isEqualTo(EXTRACTOR.extract("how much is the child allowance"));
        second.of("ตกงานได้เงินไหม");
        second.keep();
        assertThat(new ExampleAnalyses(EXTRACTOR, dir).tokens("how much is the child allowance"))
                .isEqualTo(ANALYSIS.tokens("how much is the child allowance"));
    }

    @Test
    void anUnreadableFileIsAnalysedAgain() throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ExampleAnalyses.fingerprint(EXTRACTOR) + ".examples"), "not an analysis");
        assertThat(new ExampleAnalyses(EXTRACTOR, dir).features("ทำฟันได้ปีละเท่าไหร่"))
                .isEqualTo(EXTRACTOR.extract("ทำฟันได้ปีละเท่าไหร่"));
    }

    @Test
    void anotherGlossaryIsAnotherFile() {
        FeatureExtractor without = new FeatureExtractor(new TextAnalysis(new th.sso.hotline.text.Glossary(List.of())),
                new TextNormalizer());
        assertThat(ExampleAnalyses.fingerprint(without)).isNotEqualTo(ExampleAnalyses.fingerprint(EXTRACTOR));
    }

    private List<Path> keptFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".examples")).toList();
        }
    }
}
