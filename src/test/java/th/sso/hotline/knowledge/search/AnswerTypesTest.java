package th.sso.hotline.knowledge.search;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static th.sso.hotline.knowledge.search.AnswerTypes.AMOUNT;
import static th.sso.hotline.knowledge.search.AnswerTypes.COUNT;
import static th.sso.hotline.knowledge.search.AnswerTypes.DATE;
import static th.sso.hotline.knowledge.search.AnswerTypes.DURATION;
import static th.sso.hotline.knowledge.search.AnswerTypes.PERCENT;
import static th.sso.hotline.knowledge.search.AnswerTypes.TIME;

class AnswerTypesTest {

    @Test
    void recognisesWhatKindOfFigureIsAsked() {
        assertThat(AnswerTypes.askedIn("ค่าคลอดบุตรได้เท่าไหร่คะ")).containsExactly(AMOUNT);
        assertThat(AnswerTypes.askedIn("ว่างงานได้กี่ % นานกี่วันครับ")).containsExactlyInAnyOrder(PERCENT, DURATION);
        assertThat(AnswerTypes.askedIn("ต้องยื่นภายในวันไหน")).containsExactly(DATE);
        assertThat(AnswerTypes.askedIn("ศูนย์เปิดกี่โมงถึงกี่โมง")).containsExactly(TIME);
        assertThat(AnswerTypes.askedIn("รับวันละกี่คน")).containsExactly(COUNT);
        assertThat(AnswerTypes.askedIn("What time are polls open and how many numbers can I write?"))
                .containsExactlyInAnyOrder(TIME, COUNT);
        assertThat(AnswerTypes.askedIn("รู้ผลภายใน๒๔ชั่วโมงไหม")).isEmpty();
        assertThat(AnswerTypes.askedIn("ต้องใช้เอกสารอะไรบ้าง")).isEmpty();
    }

    @Test
    void findsTheFigureInAPassageWrittenEitherWay() {
        assertThat(AnswerTypes.statedIn(Set.of(AMOUNT), "ได้รับเหมาจ่าย ๑๕,๐๐๐ บาท ต่อครั้ง")).isEqualTo(1);
        assertThat(AnswerTypes.statedIn(Set.of(AMOUNT), "จ่ายร้อยละ 60 ของค่าจ้าง")).as("a share of wages answers how much").isEqualTo(1);
        assertThat(AnswerTypes.statedIn(Set.of(PERCENT, DURATION), "ร้อยละ 60 ไม่เกิน 180 วัน")).isEqualTo(2);
        assertThat(AnswerTypes.statedIn(Set.of(DATE), "ยื่นได้ถึง 30 มิ.ย. 2564")).isEqualTo(1);
        assertThat(AnswerTypes.statedIn(Set.of(DATE), "open until 31 March 2021")).isEqualTo(1);
        assertThat(AnswerTypes.statedIn(Set.of(TIME), "เปิดเวลา 08.30 - 16.30 น.")).isEqualTo(1);
        assertThat(AnswerTypes.statedIn(Set.of(COUNT), "รองรับได้วันละ 3,000 คน")).isEqualTo(1);
        assertThat(AnswerTypes.statedIn(Set.of(AMOUNT), "ผู้ประกันตนยื่นคำขอได้ที่สำนักงานทุกแห่ง")).isZero();
        assertThat(AnswerTypes.statedIn(Set.of(), "15,000 บาท")).isZero();
        assertThat(AnswerTypes.statedIn(Set.of(AMOUNT), null)).isZero();
    }
}
