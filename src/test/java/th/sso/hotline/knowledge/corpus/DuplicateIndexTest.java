package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateIndexTest {

    private static final String TEXT = String.join(" ",
            "ผู้ประกันตนที่ออกจากงานยังรักษาสิทธิได้ด้วยการสมัครมาตรา 39 ภายในหกเดือน",
            "โดยจ่ายเงินสมทบเดือนละ 432 บาท และได้รับความคุ้มครองเกือบทุกกรณี",
            "ยกเว้นกรณีว่างงาน ข้อความนี้เขียนขึ้นเพื่อทดสอบการหาข้อความซ้ำ",
            "จึงต้องยาวพอที่การแก้คำเล็กน้อยจะยังถือว่าเหมือนกันเกือบทั้งหมด",
            "The same paragraph continues in English so that the test covers both scripts.");

    @Test
    void ignoresWhitespaceAndLetterCase() {
        var a = DuplicateIndex.fingerprint(TEXT);
        var b = DuplicateIndex.fingerprint(TEXT.replace(" ", "\n").toUpperCase());

        assertThat(b.exact()).isEqualTo(a.exact());
        assertThat(DuplicateIndex.similarity(a.sketch(), b.sketch())).isEqualTo(1.0);
    }

    @Test
    void aSmallEditIsNearIdenticalAndOtherTextIsNot() {
        var a = DuplicateIndex.fingerprint(TEXT);
        var edited = DuplicateIndex.fingerprint(TEXT.replace("เดือนละ 432 บาท", "เดือนละ 430 บาท"));
        var other = DuplicateIndex.fingerprint("เงินสงเคราะห์บุตรทดสอบ จ่ายเดือนละหนึ่งพันบาทต่อบุตรหนึ่งคน "
                + "สำหรับบุตรอายุไม่เกินหกปี ไม่เกินสามคน ข้อความอื่นที่ไม่เกี่ยวกับข้อความแรกเลย");

        assertThat(edited.exact()).isNotEqualTo(a.exact());
        assertThat(DuplicateIndex.similarity(a.sketch(), edited.sketch())).isGreaterThanOrEqualTo(DuplicateIndex.NEAR_DUPLICATE);
        assertThat(DuplicateIndex.similarity(a.sketch(), other.sketch())).isLessThan(0.3);
    }

    @Test
    void findsTheFirstRegisteredCopy() {
        DuplicateIndex index = new DuplicateIndex();
        var fp = DuplicateIndex.fingerprint(TEXT);

        assertThat(index.addIfNew(0, "id-a", fp)).isEmpty();
        assertThat(index.addIfNew(1, "id-a", DuplicateIndex.fingerprint("อื่น"))).get()
                .isEqualTo(new DuplicateIndex.Match(0, "same source URL"));
        assertThat(index.addIfNew(1, "id-b", fp)).get().isEqualTo(new DuplicateIndex.Match(0, "same text"));
        assertThat(index.addIfNew(1, "id-c", DuplicateIndex.fingerprint(TEXT + " เพิ่มอีกคำ"))).get()
                .extracting(DuplicateIndex.Match::keptItem).isEqualTo(0);
        assertThat(index.addIfNew(1, "id-d", DuplicateIndex.fingerprint("สั้น"))).isEmpty();
        assertThat(index.addIfNew(2, "id-e", DuplicateIndex.fingerprint("สั้น"))).get()
                .isEqualTo(new DuplicateIndex.Match(1, "same text"));
    }
}
