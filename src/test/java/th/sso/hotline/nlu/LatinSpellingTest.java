package th.sso.hotline.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatinSpellingTest {

    private final LatinSpelling spelling = new LatinSpelling(List.of(
            "Can I get compensation from the government when I lose my job?",
            "government hospital benefit", "benefit for my hospital stay", "how much benefit",
            "prakan sangkhom dai mai", "social security benefit"));

    @Test
    void aLetterLeftOutIsPutBack() {
        assertThat(spelling.correct("the goverment pays")).isEqualTo("the government pays");
    }

    @Test
    void aLetterAddedIsTakenOut() {
        assertThat(spelling.correct("when i loose my job")).isEqualTo("when i lose my job");
    }

    @Test
    void aLetterChangedIsChangedBack() {
        assertThat(spelling.correct("sso benifit")).isEqualTo("sso benefit");
    }

    @Test
    void twoNeighboursSwappedAreSwappedBack() {
        assertThat(spelling.correct("which hosptial")).isEqualTo("which hospital");
    }

    @Test
    void romanisedThaiMeetsTheSpellingTheExamplesUse() {
        assertThat(spelling.correct("pakan sangkom")).isEqualTo("prakan sangkhom");
        assertThat(spelling.correct("sangkhon")).isEqualTo("sangkhom");
    }

    @Test
    void knownShortAndFarWordsStayAsTheyAre() {
        assertThat(spelling.correct("benefit")).isEqualTo("benefit");
        // Shorter than five letters: too many words are one edit from it.
        assertThat(spelling.correct("lse")).isEqualTo("lse");
        // Two edits from every known word.
        assertThat(spelling.correct("hsoptial")).isEqualTo("hsoptial");
        assertThat(spelling.correct("visa extension")).isEqualTo("visa extension");
    }

    @Test
    void aWordBetweenTwoEquallyCommonOnesIsLeftAlone() {
        LatinSpelling tie = new LatinSpelling(List.of("house", "horse"));
        assertThat(tie.correct("hosse")).isEqualTo("hosse");
    }

    @Test
    void thaiAroundTheWordIsKept() {
        assertThat(spelling.correct("ขอ benifit ได้ไหม")).isEqualTo("ขอ benefit ได้ไหม");
    }

    @Test
    void oneEditDistance() {
        assertThat(LatinSpelling.withinOneEdit("hospital", "hosptial")).isTrue();
        assertThat(LatinSpelling.withinOneEdit("lose", "loose")).isTrue();
        assertThat(LatinSpelling.withinOneEdit("benefit", "benifit")).isTrue();
        assertThat(LatinSpelling.withinOneEdit("benefit", "benefit")).isFalse();
        assertThat(LatinSpelling.withinOneEdit("benefit", "bnefiit")).isFalse();
        assertThat(LatinSpelling.withinOneEdit("pension", "pensions")).isTrue();
        assertThat(LatinSpelling.withinOneEdit("pension", "pensionss")).isFalse();
    }
}
