package th.sso.hotline.dialogue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import th.sso.hotline.knowledge.search.PassageFinder;
import th.sso.hotline.knowledge.search.PassageHit;
import th.sso.hotline.nlu.IntentFiles;
import th.sso.hotline.text.TextAnalysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether the best passage for a question no intent fits is shown as an answer. */
class StrongPassagesTest {

    private static final TextAnalysis ANALYSIS = new TextAnalysis(IntentFiles.readGlossary(Path.of("intents")));

    private static final PassageHit FUND = new PassageHit("a-1",
            "Social Security Fund accumulated investments at 30 June 2023", "https://example.org/1",
            LocalDate.of(2023, 7, 17), "en", "current", List.of("sso_policies"), true,
            "At the end of June 2023 the Social Security Fund had 2,345,347 million baht invested.", 10.0);

    @AfterAll
    static void close() {
        ANALYSIS.close();
    }

    private static StrongPassages over(PassageHit... hits) {
        return new StrongPassages(new PassageFinder() {
            @Override
            public List<PassageHit> search(String question, String topicHint, int limit) {
                return List.of(hits);
            }

            @Override
            public Optional<PassageHit> passageOf(String sourceUrl, String question, String lang) {
                return Optional.empty();
            }
        }, ANALYSIS);
    }

    @Test
    void anEnglishQuestionMatchesOnTheWordsItIsAboutNotOnItsQuestionWords() {
        // "how much", "did", "have", "as", "of" are not in the passage, and need not be.
        StrongPassages.Found found = over(FUND)
                .find("How much accumulated investment did the Social Security Fund have as of 30 June 2023?");
        assertThat(found.strong()).isTrue();
    }

    @Test
    void aPassageMissingMostOfWhatIsAskedAboutIsOnlyRelated() {
        StrongPassages.Found found = over(FUND)
                .find("How many workers were injured in road accidents during the Songkran holiday, and what did the fund pay?");
        assertThat(found.hits()).hasSize(1);
        assertThat(found.strong()).isFalse();
    }

    @Test
    void aPossessiveIsTheWordItself() {
        assertThat(ANALYSIS.tokens("the SSO's LINE account")).contains("sso").doesNotContain("sso'");
    }
}
