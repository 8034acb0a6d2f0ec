package th.sso.hotline.staff.review;

import org.junit.jupiter.api.Test;
import th.sso.hotline.text.TextNormalizer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnansweredGroupsTest {

    private final UnansweredGroups grouper = new UnansweredGroups(new TextNormalizer(), 0.45);

    @Test
    void similarWordingsGroupTogetherBiggestFirst() {
        List<ReviewRepository.Unanswered> asked = new ArrayList<>();
        String[] questions = {
            "ประกันสังคมจ่ายค่าแว่นตาไหม", "ประกันสังคม จ่ายค่าแว่นตาไหมคะ", "ประกันสังคมจ่ายค่าแว่นตาไหมมมม",
            "ประกันสังคมจ่ายค่าแว่นตาไหม", "Does social security pay for glasses", "does social security pay for GLASSES?",
            "ทำบัตรทองยังไง"};
        for (int i = 0; i < questions.length; i++) {
            asked.add(new ReviewRepository.Unanswered(i, 100 + i, Instant.ofEpochSecond(1000 + i), questions[i]));
        }
        List<UnansweredGroups.Group> groups = grouper.group(asked);
        assertThat(groups).extracting(UnansweredGroups.Group::size).containsExactly(4, 2, 1);
        assertThat(groups.get(0).example()).isEqualTo("ประกันสังคมจ่ายค่าแว่นตาไหม");
        assertThat(groups.get(0).variants()).hasSize(3);
        assertThat(groups.get(0).conversationIds()).containsExactly(100L, 101L, 102L, 103L);
        assertThat(groups.get(1).example()).startsWith("Does social security");
        assertThat(groups.get(2).lastAt()).isEqualTo(Instant.ofEpochSecond(1006));
    }

    @Test
    void emptyAndTinyQuestionsDoNotBreakIt() {
        List<UnansweredGroups.Group> groups = grouper.group(List.of(
                new ReviewRepository.Unanswered(1, 1, Instant.EPOCH, "?"),
                new ReviewRepository.Unanswered(2, 2, Instant.EPOCH, "ok"),
                new ReviewRepository.Unanswered(3, 3, Instant.EPOCH, "ok")));
        assertThat(groups).extracting(UnansweredGroups.Group::size).containsExactly(2, 1);
        assertThat(UnansweredGroups.jaccard(UnansweredGroups.trigrams(""), UnansweredGroups.trigrams("abc"))).isZero();
    }

    @Test
    void romanisedSpellingsOfOneQuestionShareAGroup() {
        List<UnansweredGroups.Group> groups = grouper.group(List.of(
                new ReviewRepository.Unanswered(1, 1, Instant.EPOCH, "prakan sangkhom jai kha waen ta mai"),
                new ReviewRepository.Unanswered(2, 2, Instant.EPOCH, "Pragan sungkom chai ka wan ta mai?"),
                new ReviewRepository.Unanswered(3, 3, Instant.EPOCH, "prakansangkhom jaai khaa waenta mai"),
                new ReviewRepository.Unanswered(4, 4, Instant.EPOCH, "how do I pay contributions online")));
        assertThat(groups).extracting(UnansweredGroups.Group::size).containsExactly(3, 1);
        assertThat(groups.get(0).turnIds()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void refusalsGapsAndLowConfidenceAnswersAreKeptApart() {
        Instant at = Instant.EPOCH;
        List<UnansweredGroups.Group> groups = grouper.group(List.of(
                new ReviewRepository.Unanswered(1, 1, at, "หวยออกอะไร", "out_of_scope", 0.9, true, null, null, null),
                new ReviewRepository.Unanswered(2, 2, at, "หวยออกอะไร", null, 0.2, true, null, null, null),
                new ReviewRepository.Unanswered(3, 3, at, "สามีเบิกแทนได้ไหม", null, 0.38, false, "right", "anna", "ok"),
                new ReviewRepository.Unanswered(4, 4, at, "สามีเบิกแทนได้ไหมคะ", null, 0.41, false, null, null, null)));
        assertThat(groups).extracting(UnansweredGroups.Group::kind).containsExactly(
                UnansweredGroups.Kind.GAP, UnansweredGroups.Kind.LOW, UnansweredGroups.Kind.REFUSAL);
        UnansweredGroups.Group low = groups.get(1);
        assertThat(low.size()).isEqualTo(2);
        assertThat(low.reviewed()).isEqualTo(1);
        assertThat(low.maxConfidence()).isEqualTo(0.41);
    }
}
