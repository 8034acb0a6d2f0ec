package th.sso.hotline.knowledge.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import th.sso.hotline.knowledge.corpus.Announcement;
import th.sso.hotline.knowledge.corpus.CorpusLoader;
import th.sso.hotline.knowledge.corpus.Passage;
import th.sso.hotline.knowledge.corpus.PassageSplitter;
import th.sso.hotline.nlu.IntentFiles;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.ThaiChatAnalyzer;
import th.sso.hotline.text.ThaiGramAnalyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index build folds each text once and analyses the folded text without character filters; the terms and
 * positions it indexes must be those of the project's analyzers on the raw text, for every passage of
 * {@code content/} (and of the shared corpus when it is present) and for texts that exercise each folding step.
 */
class FoldedIndexTextTest {

    private static final Path CORPUS = Path.of("../shared/corpus/thaigov-sso");

    @Test
    void foldedTextGivesTheSameTermsAndPositionsAsRawText() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(Path.of("content")));
        if (Files.isDirectory(CORPUS) && Boolean.getBoolean("hotline.test.corpus")) {
            roots.add(CORPUS);
        }
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] {"สปส.ประกาศ ม.๓๓ ประกันสังคมม33 เพิ่ม500 ได้ 5% มากกกก", "helloooo 900baht SSO's ค่ำ ๑๕,๐๐๐ บาท ไปๆมาๆ"});
        texts.add(new String[] {"ประกันสังคมม.39", "มาตรา40 ม40 กยศ.หักเงิน ร้อยละ 5 ＡＢＣ\u200bเงิน"});
        PassageSplitter splitter = new PassageSplitter();
        for (Announcement a : new CorpusLoader().load(roots).announcements()) {
            for (Passage p : SocialSecurityFocus.select(splitter.split(a))) {
                texts.add(new String[] {a.title(), p.text()});
                if (p.heading() != null) {
                    texts.add(new String[] {p.heading(), ""});
                }
            }
        }
        assertTrue(texts.size() > 100, "content/ has passages");
        try (TextAnalysis analysis = new TextAnalysis(IntentFiles.readGlossary(Path.of("intents")));
             Analyzer folded = analysis.chatAnalyzer().forFoldedText();
             Analyzer gramsFolded = ThaiGramAnalyzer.forGramText()) {
            for (String[] t : texts) {
                for (String s : t) {
                    assertEquals(terms(analysis.analyzer(), s), terms(folded, ThaiChatAnalyzer.fold(s)), s);
                }
                String grams = ThaiGramAnalyzer.gramText(ThaiChatAnalyzer.fold(t[0])) + ThaiGramAnalyzer.gramText(ThaiChatAnalyzer.fold(t[1]));
                assertEquals(terms(analysis.gramAnalyzer(), t[0] + "\n" + t[1]), terms(gramsFolded, grams), t[0]);
            }
        }
    }

    /** Terms with their position increments, what the index keeps of a token stream. */
    private static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }
}
