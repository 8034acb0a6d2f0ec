package th.sso.hotline.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import th.sso.hotline.nlu.IntentFiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The analyzers under Lucene's own token-stream checks: terms, offsets into the original text and position
 * increments exactly, and {@code checkRandomData}, which feeds random text (including Thai) and verifies offsets,
 * positions, reuse and that the stream behaves the same when consumed again.
 */
public class ThaiChatAnalyzerTokenStreamTest extends BaseTokenStreamTestCase {

    public void testFoldedThaiKeepsOffsetsIntoTheOriginal() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            // "๔๐" is read as 40 and "มั้ยยยย" as มั้ย, but offsets point at what was typed
            assertAnalyzesTo(a, "SSO ๔๐ ได้มั้ยยยย",
                    new String[]{"sso", "40", "ได้", "มั้ย"},
                    new int[]{0, 4, 7, 10},
                    new int[]{3, 6, 10, 17});
        }
    }

    public void testPolitenessParticlesAreDropped() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            assertAnalyzesTo(a, "ว่างงาน ครับ", new String[]{"ว่าง", "งาน"});
        }
    }

    public void testRandomChatText() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testRandomTextWithTheGlossary() throws IOException {
        try (TextAnalysis analysis = new TextAnalysis(IntentFiles.readGlossary(Path.of("intents")))) {
            checkRandomData(random(), analysis.analyzer(), 100 * RANDOM_MULTIPLIER);
        }
    }

    public void testRandomTextThroughTheTrigramAnalyzer() throws IOException {
        try (TextAnalysis analysis = new TextAnalysis(IntentFiles.readGlossary(Path.of("intents")))) {
            checkRandomData(random(), analysis.gramAnalyzer(), 100 * RANDOM_MULTIPLIER);
        }
    }
}
