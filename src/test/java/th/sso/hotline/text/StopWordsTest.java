package th.sso.hotline.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StopWordsTest {

    @Test
    void englishWordsAreComparedInTheStemmersForm() {
        assertThat(StopWords.questionWords()).contains("doe", "thi", "mani", "what", "when")
                .doesNotContain("does", "this");
    }

    @Test
    void thaiQuestionWordsAreKeptAsTheAnalyzerCutsThem() {
        assertThat(StopWords.questionWords()).contains("อะไร", "เท่าไหร่", "เท่า", "ไหร่", "ยัง", "ไง")
                // "ที่" is a word of its own in most questions; only the whole "ที่ไหน" is a question word
                .doesNotContain("ที่");
    }

    @Test
    void theFilesHoldWordsNotStemmerOutput() {
        assertThat(StopWords.lines("text/stopwords-en.txt")).contains("does", "this", "many")
                .doesNotContain("doe", "thi", "mani");
    }
}
