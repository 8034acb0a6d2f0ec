package th.sso.hotline.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiGramAnalyzerTest {

    private static final Glossary GLOSSARY = new Glossary(List.of(
            new Glossary.Term("section33", List.of("มาตรา 33", "ม.33", "ม 33"), List.of("section 33"), List.of(), List.of())));

    @Test
    void spacesAndPunctuationDoNotChangeTheTrigrams() throws Exception {
        ThaiGramAnalyzer grams = new ThaiGramAnalyzer();
        List<ThaiChatAnalyzerTest.Tok> spaced = ThaiChatAnalyzerTest.analyze(grams, "ม.33 เรารัก");
        assertThat(spaced).extracting(ThaiChatAnalyzerTest.Tok::term)
                .containsExactly("ม33", "33เ", "3เร", "เรา", "ราร", "ารั", "รัก");
        assertThat(ThaiChatAnalyzerTest.analyze(grams, "ม33เรารัก")).extracting(ThaiChatAnalyzerTest.Tok::term)
                .containsExactlyElementsOf(spaced.stream().map(ThaiChatAnalyzerTest.Tok::term).toList());
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws Exception {
        List<ThaiChatAnalyzerTest.Tok> toks = ThaiChatAnalyzerTest.analyze(new ThaiGramAnalyzer(), "๑๕,๐๐๐ บาท");
        assertThat(toks.get(0).term()).isEqualTo("150");
        assertThat(toks.get(0).start()).isZero();
        assertThat(toks.get(toks.size() - 1).term()).isEqualTo("บาท");
        assertThat(toks.get(toks.size() - 1).end()).isEqualTo(10);
    }

    @Test
    void questionGramsLeaveOutQuestionWordsParticlesAndConcepts() {
        try (TextAnalysis analysis = new TextAnalysis(GLOSSARY)) {
            Set<String> grams = analysis.questionTerms("ม.33 เรารักกัน ได้เงินกี่บาทครับ", Set.of("ได้", "กี่"), 100).grams();
            assertThat(grams).contains("รัก", "กกั", "เงิน".substring(0, 3), "บาท").doesNotContain("ได้", "ครั", "ับ", "ินบ");
            assertThat(grams).as("no trigram spans the dropped question word").doesNotContain("ันเ", "นได", "ินก");
            assertThat(analysis.questionTerms("how much is it", Set.of(), 100).grams()).as("only Thai runs").isEmpty();
            assertThat(analysis.questionTerms("", Set.of(), 100).grams()).isEmpty();
            String question = "ม.33 เรารักกัน ได้เงินกี่บาทครับ";
            assertThat(analysis.questionTerms(question, Set.of("ได้"), 100).tokens())
                    .as("the same pass yields the plain tokens").isEqualTo(analysis.tokens(question));
            assertThat(analysis.questionTerms("ประกันสังคมจ่ายค่าแว่นตา", Set.of(), 5).grams()).hasSize(5);
        }
    }
}
