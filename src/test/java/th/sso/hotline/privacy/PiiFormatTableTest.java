package th.sso.hotline.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import th.sso.hotline.text.ThaiDigits;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data typed the way people type it on LINE, one row per real-world format: what is masked, and
 * exactly what is left. Masking works on the original text with offsets from its normalised view, so the
 * words around a number, and ordinary figures (amounts, dates, years, section numbers, percentages), stay
 * exactly as typed.
 */
class PiiFormatTableTest {

    private static final String ZWSP = "\u200B";
    private static final String ZWJ = "\u200D";
    private static final String NBSP = "\u00A0";
    private static final String SHY = "\u00AD";

    private final PiiMasker masker = new PiiMasker();

    record Row(String written, String expected) {
        @Override
        public String toString() {
            return written.replace(ZWSP, "<ZWSP>").replace(ZWJ, "<ZWJ>").replace(NBSP, "<NBSP>").replace(SHY, "<SHY>");
        }
    }

    static Stream<Row> personalData() {
        String p = PiiMasker.PHONE;
        String id = PiiMasker.NATIONAL_ID;
        String acc = PiiMasker.ACCOUNT;
        return Stream.of(
                // mobile numbers
                new Row("โทร 0812345678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 081-234-5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 081 234 5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 081 - 234 - 5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร (092) 123-4567 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 096.731.2345 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 081/234/5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 081–234–5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 081" + NBSP + "234" + NBSP + "5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 081" + ZWSP + "234" + ZWSP + "5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 08" + ZWJ + "1234" + SHY + "5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร ๐๘๑-๒๓๔-๕๖๗๘ ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร ０８１２３４５６７８ ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 08 1234 5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร +66812345678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร +66 81 234 5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร (+66) 81-234-5678 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 0 8 1 2 3 4 5 6 7 8 ค่ะ", "โทร " + p + " ค่ะ"),
                // landlines
                new Row("โทร 02-123-4567 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 0-2123-4567 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 02 123 4567 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร 053-123-456 ค่ะ", "โทร " + p + " ค่ะ"),
                new Row("โทร +66 2 123 4567 ค่ะ", "โทร " + p + " ค่ะ"),
                // national ids (1101700230708 has a valid check digit)
                new Row("บัตร 1101700230708 ครับ", "บัตร " + id + " ครับ"),
                new Row("บัตร 1-1017-00230-70-8 ครับ", "บัตร " + id + " ครับ"),
                new Row("บัตร 1 - 1017 - 00230 - 70 - 8 ครับ", "บัตร " + id + " ครับ"),
                new Row("บัตร 1 1017 00230 70 8 ครับ", "บัตร " + id + " ครับ"),
                new Row("บัตร ๑๑๐๑๗๐๐๒๓๐๗๐๘ ครับ", "บัตร " + id + " ครับ"),
                new Row("บัตร 1.1017.00230.70.8 ครับ", "บัตร " + id + " ครับ"),
                new Row("บัตร 110" + ZWSP + "1700" + NBSP + "230708 ครับ", "บัตร " + id + " ครับ"),
                new Row("บัตร １１０１７００２３０７０８ ครับ", "บัตร " + id + " ครับ"),
                new Row("บัตร 1–1017–00230–70–8 ครับ", "บัตร " + id + " ครับ"),
                // bank accounts
                new Row("โอนเข้า 123-4-56789-0 กสิกร", "โอนเข้า " + acc + " กสิกร"),
                new Row("โอนเข้า 1234567890 กสิกร", "โอนเข้า " + acc + " กสิกร"),
                new Row("โอนเข้า 020-1-23456-7890 ออมสิน", "โอนเข้า " + acc + " ออมสิน"),
                new Row("โอนเข้า 123 456 7890 กรุงไทย", "โอนเข้า " + acc + " กรุงไทย"),
                // passports and work permits
                new Row("passport AA1234567 ครับ", "passport " + PiiMasker.PASSPORT + " ครับ"),
                new Row("หนังสือเดินทางเลขที่ MB123456 ครับ", "หนังสือเดินทางเลขที่ " + PiiMasker.PASSPORT + " ครับ"),
                new Row("เลข N1234567 ค่ะ", "เลข " + PiiMasker.PASSPORT + " ค่ะ"),
                new Row("ใบอนุญาตทำงานเลขที่ WP-6401-234567 ค่ะ", "ใบอนุญาตทำงานเลขที่ " + PiiMasker.WORK_PERMIT + " ค่ะ"),
                new Row("work permit no. 0012345678901 please", "work permit no. " + PiiMasker.WORK_PERMIT + " please"),
                // e-mail
                new Row("ส่งมาที่ somchai.k@gmail.com นะ", "ส่งมาที่ " + PiiMasker.EMAIL + " นะ"),
                new Row("ส่งมาที่ somchai＠gmail．com นะ", "ส่งมาที่ " + PiiMasker.EMAIL + " นะ"),
                new Row("ส่งมาที่ ผู้ใช้@ตัวอย่าง.ไทย นะ", "ส่งมาที่ " + PiiMasker.EMAIL + " นะ"),
                new Row("ส่งมาที่ a_b-c+tag@company.co.th.", "ส่งมาที่ " + PiiMasker.EMAIL + "."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personalData")
    void personalNumbersAreMaskedAndTheRestIsKept(Row row) {
        String masked = masker.mask(row.written());
        assertThat(masked).isEqualTo(row.expected());
    }

    static Stream<String> ordinaryFigures() {
        return Stream.of(
                "ได้ 15,000 บาท ต่อเดือน",
                "ประกาศวันที่ 16 ก.ค. 2568",
                "ตั้งแต่ 1 มกราคม 2569 เป็นต้นไป",
                "ปี 2567 และ 2568",
                "ผู้ประกันตน ม.33 ม.39 และ ม.40",
                "มาตรา 33 ส่งเงินสมทบ 5% ไม่เกิน 750 บาท",
                "ลดเหลือ 3% ตั้งแต่ 01/07/2568 ถึง 31/12/2568",
                "ช่วง 1.7.68 - 30.9.68 ค่ะ",
                "เปิด 08.30-16.30 น. โทร 1506",
                "ส่งมา 180 เดือน ได้ 60% ของ 15000 บาท",
                "ค่าจ้างสูงสุด 17,500 บาท ปี 2569 เพิ่มเป็น 20,000",
                "๑๕,๐๐๐ บาท วันที่ ๑๖ ก.ค. ๒๕๖๘",
                "ว่างงาน 180 วัน ได้ 50% ของค่าจ้าง ครั้งละ 1,500,000 บาท",
                "COVID-19 ปี 2020",
                "ฉบับที่ 2 (พ.ศ. 2568) ข้อ 3.1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryFigures")
    void ordinaryFiguresSurvive(String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Test
    void figuresNextToAPhoneNumberSurvive() {
        assertThat(masker.mask("ได้ 15,000 บาท ภายใน 16 ก.ค. 2568 โทร 081 - 234 - 5678 ม.33"))
                .isEqualTo("ได้ 15,000 บาท ภายใน 16 ก.ค. 2568 โทร " + PiiMasker.PHONE + " ม.33");
    }

    @Test
    void atLeastThirtyFormats() {
        assertThat(personalData().count()).isGreaterThanOrEqualTo(30);
        assertThat(ordinaryFigures().count()).isGreaterThanOrEqualTo(10);
    }

    /** A poison message: the old digit pattern recursed once per digit and overflowed the stack. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void longDigitRunsAreLinearAndBounded() {
        for (String unit : List.of("1", "1 ", "1-", "๑", "1" + ZWSP, "๑ - ")) {
            String masked = masker.mask(unit.repeat(50_000 / unit.length()));
            assertThat(masked).as(unit).contains(PiiMasker.ACCOUNT);
            assertThat(ThaiDigits.toAscii(masked).replaceAll("[^0-9]", "")).as(unit).isEmpty();
        }
        for (String unit : List.of("a@", "+66", "a@b.", "-", " ")) {
            assertThat(masker.mask(unit.repeat(50_000 / unit.length())).length()).isLessThanOrEqualTo(PiiMasker.MAX_INPUT);
        }
    }
}
