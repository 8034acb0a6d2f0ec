package th.sso.hotline.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.sso.hotline.text.Glossary;
import th.sso.hotline.text.TextAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The glossary's synonym map read back from disk analyses every text exactly as the built one. */
class KeptSynonymsTest {

    private static final Glossary GLOSSARY = IntentFiles.readGlossary(Path.of("intents"));

    @TempDir
    Path dir;

    @Test
    void aRestartReadsBackAMapThatGivesTheSameTokens() throws IOException {
        new KeptSynonyms(dir).loadOrBuild(GLOSSARY);
        assertThat(keptFiles()).hasSize(1);
        long written = Files.getLastModifiedTime(keptFiles().get(0)).toMillis();

        List<String> texts = new ArrayList<>();
        IntentFiles.readIntents(Path.of("intents")).forEach(i -> texts.addAll(i.examples().all()));
        GLOSSARY.terms().forEach(t -> texts.addAll(t.variants()));
        assertThat(texts).hasSizeGreaterThan(1000);
        try (TextAnalysis built = new TextAnalysis(GLOSSARY);
             TextAnalysis kept = new TextAnalysis(GLOSSARY, new KeptSynonyms(dir).loadOrBuild(GLOSSARY))) {
            for (String text : texts) {
                assertThat(kept.tokens(text)).as(text).isEqualTo(built.tokens(text));
            }
            assertThat(kept.tokens("ตกงานได้เงินไหม")).anyMatch(TextAnalysis::isConcept);
        }
        assertThat(Files.getLastModifiedTime(keptFiles().get(0)).toMillis()).isEqualTo(written);
    }

    @Test
    void anUnreadableFileIsBuiltAgainAndAnotherGlossaryIsAnotherFile() throws IOException {
        Files.writeString(dir.resolve(KeptSynonyms.fingerprint(GLOSSARY) + ".synonyms"), "not a map");
        try (TextAnalysis built = new TextAnalysis(GLOSSARY);
             TextAnalysis kept = new TextAnalysis(GLOSSARY, new KeptSynonyms(dir).loadOrBuild(GLOSSARY))) {
            assertThat(kept.tokens("ว่างงานได้เงินเท่าไหร่")).isEqualTo(built.tokens("ว่างงานได้เงินเท่าไหร่"));
        }
        Glossary fewer = new Glossary(GLOSSARY.terms().subList(1, GLOSSARY.terms().size()));
        assertThat(KeptSynonyms.fingerprint(fewer)).isNotEqualTo(KeptSynonyms.fingerprint(GLOSSARY));
    }

    private List<Path> keptFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".synonyms")).toList();
        }
    }
}
