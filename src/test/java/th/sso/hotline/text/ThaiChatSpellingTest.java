package th.sso.hotline.text;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.sso.hotline.nlu.IntentFiles;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thai misspellings as people type them in chat (issue 10 item 2) read as the correct form, token by token, with the
 * project's own glossary: held-down letters, tone marks typed before their vowel, dropped letters and the common chat
 * abbreviations each give the same concept token as the correct spelling, glued or spaced.
 */
class ThaiChatSpellingTest {

    private static TextAnalysis analysis;

    @BeforeAll
    static void load() {
        analysis = new TextAnalysis(IntentFiles.readGlossary(Path.of("intents")));
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // held-down letters
        "ว่างงานนนน ได้เงินไหม|@unemployment",
        "ตกงานนนนน ทำไงดี|@unemployment",
        "ประกันสังคมมมม|@sso",
        // a final letter typed twice or a letter dropped
        "ว่างงานน ได้กี่เดือน|@unemployment",
        "ว่างานได้เงินไหม|@unemployment",
        "วางงานได้เงินไหม|@unemployment",
        // chat spellings and abbreviations of the office, with and without the dot, glued or spaced
        "ปกส จ่ายไหม|@sso",
        "ปกส.จ่ายไหม|@sso",
        "สปส ว่างงาน|@sso",
        "สปส.กับสปสช.ต่างกันยังไง|@sso",
        "ประกันสังคง ม33|@sso",
        "ประกันสงคม|@sso",
        "ปะกันสังคมจ่ายไหม|@sso",
        // the tone mark typed before the vowel above it
        "ต\u0E49\u0E31งครรภ์ได้เงินไหม|@maternity",
    })
    void aMisspellingGivesTheSameConceptAsTheCorrectForm(String typed, String concept) {
        assertThat(analysis.tokens(typed)).contains(concept);
    }

    @org.junit.jupiter.api.Test
    void theGoldCardOfficesAbbreviationIsNotReadAsTheSsos() {
        assertThat(analysis.tokens("สปสช.โทรเบอร์ไหน")).doesNotContain("@sso").contains("@nhso_gold_card");
        assertThat(analysis.tokens("สปสช โทรเบอร์ไหน")).doesNotContain("@sso");
    }
}
