package th.sso.hotline.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import th.sso.hotline.nlu.IntentFiles;

/** Token-level checks in the manner of Lucene's BaseTokenStreamTestCase: terms, offsets into the original, positions. */
class ThaiChatAnalyzerTest {

    record Tok(String term, int start, int end, int posInc) {
    }

    private static final Glossary GLOSSARY = new Glossary(List.of(
            new Glossary.Term("unemployment", List.of("ว่างงาน", "ตกงาน"), List.of("unemployment", "laid off"),
                    List.of("wang ngan"), List.of("unemployment")),
            new Glossary.Term("section40", List.of("มาตรา 40", "ม.40", "ม 40"), List.of("section 40"),
                    List.of("matra 40"), List.of("section40"))));

    static List<Tok> analyze(Analyzer a, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset(), pos.getPositionIncrement()));
            }
            ts.end();
        }
        return out;
    }

    @Test
    void segmentsThaiWithoutSpacesAndDropsPoliteParticles() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            List<Tok> tokens = analyze(a, "ตกงานได้เงินไหมครับ");
            assertThat(tokens).extracting(Tok::term).containsExactly("ตกงาน", "ได้", "เงิน", "ไหม");
            assertThat(tokens).extracting(Tok::start).containsExactly(0, 5, 8, 12);
            assertThat(tokens).extracting(Tok::end).containsExactly(5, 8, 12, 15);
        }
    }

    @Test
    void thaiLettersAndDigitsAreSeparatedWithOffsetsKept() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            assertThat(analyze(a, "มาตรา๔๐")).containsExactly(new Tok("มาตรา", 0, 5, 1), new Tok("40", 5, 7, 1));
        }
    }

    @Test
    void anAbbreviationDotGluedToTheNextThaiWordSplitsAsIfSpaced() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            assertThat(analyze(a, "กยศ.หักเงิน")).extracting(Tok::term)
                    .containsExactlyElementsOf(terms(analyze(a, "กยศ. หักเงิน")));
            assertThat(analyze(a, "กยศ.หักเงิน")).containsExactly(
                    new Tok("กยศ", 0, 3, 1), new Tok("หัก", 4, 7, 1), new Tok("เงิน", 7, 11, 1));
            assertThat(terms(analyze(a, "สปส.ประกาศ"))).isEqualTo(terms(analyze(a, "สปส. ประกาศ")));
            assertThat(terms(analyze(a, "กยศ.ของแม่"))).containsExactly("กยศ", "ของ", "แม่");
            // One-letter abbreviations keep their dots together.
            assertThat(terms(analyze(a, "ม.ค.นี้"))).doesNotContain("ค");
        }
    }

    @Test
    void anAbbreviationDotGluedToAWordBeginningWithALeadingVowelSplitsToo() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            // เ แ โ ใ ไ are written before their consonant, so the next word starts with the vowel.
            assertThat(analyze(a, "สปส.แจ้ง")).containsExactly(new Tok("สปส", 0, 3, 1), new Tok("แจ้ง", 4, 8, 1));
            assertThat(terms(analyze(a, "สปสช.โทรมา"))).isEqualTo(terms(analyze(a, "สปสช. โทรมา")));
            assertThat(terms(analyze(a, "กยศ.เงินเดือน"))).isEqualTo(terms(analyze(a, "กยศ. เงินเดือน")));
            assertThat(terms(analyze(a, "ปกส.ไม่จ่าย"))).isEqualTo(terms(analyze(a, "ปกส. ไม่จ่าย")));
            assertThat(terms(analyze(a, "รพ.ใกล้บ้าน"))).isEqualTo(terms(analyze(a, "รพ. ใกล้บ้าน")));
            // A section number glued to a word with a leading vowel, with and without the dot.
            assertThat(terms(analyze(a, "ม.33เงินเดือน"))).isEqualTo(terms(analyze(a, "ม.33 เงินเดือน")));
            assertThat(terms(analyze(a, "ม33ไม่ได้"))).isEqualTo(terms(analyze(a, "ม33 ไม่ได้")));
            // One-letter abbreviations still keep their dots, whatever follows.
            assertThat(terms(analyze(a, "ม.ค.เป็นต้นไป"))).doesNotContain("ค");
        }
    }

    @Test
    void aToneMarkTypedBeforeItsVowelReadsAsTheWordTypedInThaiOrder() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            // above the letter: mai tho before sara i-i / mai han-akat
            assertThat(analyze(a, "ย\u0E48\u0E37นเรื่อง")).isEqualTo(analyze(a, "ยื่นเรื่อง"));
            assertThat(analyze(a, "ต\u0E49\u0E31งครรภ์")).isEqualTo(analyze(a, "ตั้งครรภ์"));
            // below the letter: mai tho before sara uu
            assertThat(analyze(a, "ผ\u0E49\u0E39ประกันตน")).isEqualTo(analyze(a, "ผู้ประกันตน"));
            assertThat(terms(analyze(a, "ย\u0E48\u0E37นเรื่อง"))).startsWith("ยื่น");
            // offsets still point into what was typed: the swap keeps the length
            assertThat(analyze(a, "ขอย\u0E48\u0E37น")).last().isEqualTo(new Tok("ยื่น", 2, 6, 1));
        }
    }

    @Test
    void aNumberGluedToAnEnglishWordSplitsAsIfSpaced() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            assertThat(analyze(a, "900baht")).containsExactly(new Tok("900", 0, 3, 1), new Tok("baht", 3, 7, 1));
            assertThat(terms(analyze(a, "paid 15years"))).isEqualTo(terms(analyze(a, "paid 15 years")));
            assertThat(terms(analyze(a, "salary 15k"))).containsExactly("salari", "15k");
        }
    }

    @Test
    void sectionNumbersGluedToThaiAnalyseAsSpaced() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            assertThat(terms(analyze(a, "ม.33ได้"))).isEqualTo(terms(analyze(a, "ม.33 ได้")));
            assertThat(terms(analyze(a, "ประกันสังคมม.39ต้องจ่าย"))).isEqualTo(terms(analyze(a, "ประกันสังคม ม.39 ต้องจ่าย")));
            assertThat(terms(analyze(a, "ม.๓๓"))).isEqualTo(terms(analyze(a, "ม.33")));
            assertThat(terms(analyze(a, "900บาท"))).isEqualTo(terms(analyze(a, "900 บาท")));
            assertThat(terms(analyze(a, "15ปี"))).isEqualTo(terms(analyze(a, "15 ปี")));
            assertThat(terms(analyze(a, "ประกันสังคมม33"))).isEqualTo(terms(analyze(a, "ประกันสังคม ม33")));
            assertThat(terms(analyze(a, "เพิ่ม500บาท"))).containsExactly("เพิ่ม", "500", "บาท");
        }
    }

    private static List<String> terms(List<Tok> tokens) {
        return tokens.stream().map(Tok::term).toList();
    }

    @Test
    void offsetsPointIntoTheOriginalTextAfterFolding() throws IOException {
        String text = "SSO ๔๐ ได้มั้ยยยย";
        try (Analyzer a = new ThaiChatAnalyzer()) {
            for (Tok t : analyze(a, text)) {
                assertThat(t.start()).isBetween(0, text.length());
                assertThat(t.end()).isBetween(t.start(), text.length());
            }
            assertThat(analyze(a, text)).extracting(Tok::term).contains("sso", "40");
        }
    }

    @Test
    void glossaryVariantsInEitherLanguageShareOneConceptToken() throws IOException {
        try (TextAnalysis analysis = new TextAnalysis(GLOSSARY)) {
            assertThat(analysis.tokens("โดนตกงานทำไงดี")).contains("@unemployment");
            assertThat(analysis.tokens("I was laid off last week")).contains("@unemployment");
            assertThat(analysis.tokens("wang ngan dai ngern mai")).contains("@unemployment");
            assertThat(analysis.tokens("สมัคร ม.40 ยังไง")).contains("@section40");
            assertThat(analysis.tokens("how to join Section 40")).contains("@section40");
            assertThat(analysis.tokens("สมัครมาตรา๔๐")).contains("@section40");
        }
    }

    @Test
    void generalVocabularyLetsEnglishQuestionsMeetThaiAnnouncements() {
        try (TextAnalysis analysis = new TextAnalysis(IntentFiles.readGlossary(Path.of("intents")))) {
            String[][] pairs = {
                    // concept, English question, Thai announcement wording
                    {"@cambodia", "Cambodian nationals working in Rayong", "ลูกจ้างสัญชาติกัมพูชาในจังหวัดระยอง"},
                    {"@rayong", "Cambodian nationals working in Rayong", "ลูกจ้างสัญชาติกัมพูชาในจังหวัดระยอง"},
                    {"@myanmar", "workers who came back from Myanmar", "กระทรวงแรงงานดูแลแรงงานชาวเมียนมาในพื้นที่"},
                    {"@laos", "an agreement with Laos", "ลงนามความตกลงกับ สปป.ลาว"},
                    {"@agreement", "an agreement with Laos", "ลงนามความตกลงกับ สปป.ลาว"},
                    {"@field_hospital", "Is there a field hospital in Bangkok?", "เปิดโรงพยาบาลสนามในกรุงเทพมหานคร"},
                    {"@bangkok", "Is there a field hospital in Bangkok?", "เปิดโรงพยาบาลสนามในกรุงเทพมหานคร"},
                    {"@border_pass", "how do I get a border pass", "ออกบัตรผ่านแดนให้แรงงาน"},
                    {"@cabinet", "When did the cabinet approve it?", "มติคณะรัฐมนตรีเห็นชอบมาตรการ"},
                    {"@booking", "book an appointment online", "จองคิวล่วงหน้าผ่านแอป"},
                    {"@ballot", "ballot paper", "บัตรเลือกตั้ง"},
                    {"@quarantine", "quarantine for 14 days", "ต้องกักตัว 14 วัน"},
                    {"@graduate", "training for new graduates", "นักศึกษาจบใหม่เข้ารับการฝึกอบรม"},
                    {"@training", "training for new graduates", "นักศึกษาจบใหม่เข้ารับการฝึกอบรม"},
                    {"@fee", "what is the fee", "ชำระค่าธรรมเนียม"},
                    {"@sme", "loans for SMEs", "สินเชื่อสำหรับเอสเอ็มอี"},
                    {"@act", "under the Act", "ตามพระราชบัญญัติคุ้มครองแรงงาน"},
            };
            for (String[] p : pairs) {
                assertThat(analysis.tokens(p[1])).as(p[1]).contains(p[0]);
                assertThat(analysis.tokens(p[2])).as(p[2]).contains(p[0]);
            }
            // A longer domain variant still wins over the general word it contains.
            assertThat(analysis.tokens("พระราชบัญญัติประกันสังคม")).contains("@social_security_act").doesNotContain("@act");
            assertThat(analysis.tokens("ภาษาอังกฤษ")).contains("@language_support").doesNotContain("@united_kingdom");
        }
    }

    @Test
    void everyGlossaryVariantBelongsToOneTermOnly() {
        Glossary glossary = IntentFiles.readGlossary(Path.of("intents"));
        Map<String, String> owner = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Glossary.Term term : glossary.terms()) {
            for (String variant : term.variants()) {
                assertThat(variant).as(term.id()).isNotBlank().isEqualTo(variant.toLowerCase(Locale.ROOT));
                String previous = owner.putIfAbsent(variant.strip().toLowerCase(Locale.ROOT), term.id());
                if (previous != null) {
                    duplicates.add(variant + " (" + previous + ", " + term.id() + ")");
                }
            }
        }
        assertThat(duplicates).isEmpty();
        assertThat(glossary.terms()).extracting(Glossary.Term::id).doesNotHaveDuplicates();
    }

    @Test
    void mixedThaiAndEnglishKeepsBothScripts() throws IOException {
        try (Analyzer a = new ThaiChatAnalyzer()) {
            assertThat(analyze(a, "apply ประกันสังคม online")).extracting(Tok::term)
                    .contains("appli", "ประกัน", "สังคม", "onlin");
        }
    }

    /** Random input is checked by Lucene's checkRandomData in ThaiChatAnalyzerTokenStreamTest. */
    @Test
    void emptyOrInvisibleInputGivesNoToken() throws IOException {
        try (TextAnalysis analysis = new TextAnalysis(GLOSSARY)) {
            assertThat(analysis.tokens("")).isEmpty();
            assertThat(analysis.tokens("   \u200B ")).isEmpty();
        }
    }
}
