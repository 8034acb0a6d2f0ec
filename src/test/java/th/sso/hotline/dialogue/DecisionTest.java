package th.sso.hotline.dialogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import th.sso.hotline.nlu.Classification;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionTest {

    private final MessageJson json = new MessageJson();
    private final ObjectMapper mapper = new ObjectMapper();

    private static final Classification READ = new Classification("unemployment", "unemployment", 0.52,
            List.of(new Classification.Candidate("unemployment", 0.52), new Classification.Candidate("leaving_job", 0.3)),
            List.of("w:ว่างงาน", "c:unemployment"), List.of(new Classification.NearestExample("ตกงานได้เงินไหม", "unemployment", 0.8)),
            true);

    @Test
    void isStoredUnderTheKeysStaffPagesAndOldRowsUse() {
        Decision d = Decision.of(READ).with(Decision.Note.FOLLOW_UP_OF, "maternity").with(Decision.Note.ANSWER, "OVERVIEW");

        assertThat(json.write(d)).isEqualTo("{\"label\":\"unemployment\","
                + "\"ranked\":[{\"intent\":\"unemployment\",\"probability\":0.52},{\"intent\":\"leaving_job\",\"probability\":0.3}],"
                + "\"features\":[\"w:ว่างงาน\",\"c:unemployment\"],"
                + "\"nearest\":[{\"text\":\"ตกงานได้เงินไหม\",\"label\":\"unemployment\",\"similarity\":0.8}],"
                + "\"followUpOf\":\"maternity\",\"answer\":\"OVERVIEW\"}");
        assertThat(json.write(Decision.noted(Decision.Note.HELD_BY, "agent"))).isEqualTo("{\"heldBy\":\"agent\"}");
        assertThat(json.write(Decision.NONE)).isEqualTo("{}");
    }

    @Test
    void readsBackWhatWasWritten() throws Exception {
        Decision d = Decision.of(READ).with(Decision.Note.REDIRECT, "student_loan").with(Decision.Note.FALLBACK, "low confidence");

        Decision back = Decision.fromJson(mapper.readTree(json.write(d)));

        assertThat(back).isEqualTo(d);
        assertThat(back.note(Decision.Note.REDIRECT)).hasValue("student_loan");
        assertThat(back.notes().keySet()).containsExactly(Decision.Note.REDIRECT, Decision.Note.FALLBACK);
    }

    @Test
    void aLaterNoteOfTheSameKindReplacesTheEarlierOne() {
        Decision d = Decision.noted(Decision.Note.EVENT, "follow").with(Decision.Note.EVENT, "image");
        assertThat(d.notes()).containsExactly(java.util.Map.entry(Decision.Note.EVENT, "image"));
    }

    @Test
    void unknownKeysAndOtherJsonAreLeftOut() throws Exception {
        assertThat(Decision.fromJson(mapper.readTree("{\"privacy\":\"erasure requested\",\"someday\":\"x\"}")).notes())
                .containsExactly(java.util.Map.entry(Decision.Note.PRIVACY, "erasure requested"));
        assertThat(Decision.fromJson(mapper.readTree("[1,2]"))).isEqualTo(Decision.NONE);
        assertThat(Decision.fromJson(null)).isEqualTo(Decision.NONE);
    }
}
