package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            วันอังคารที่ 15 ธันวาคม 2563   | 2020-12-15
            15 ธ.ค. 63                     | 2020-12-15
            31 พ.ค. 66                     | 2023-05-31
            23/03/2566                     | 2023-03-23
            21/10/67                       | 2024-10-21
            13/12/2021                     | 2021-12-13
            December 13, 2021              | 2021-12-13
            Dec. 13, 2021                  | 2021-12-13
            13 December 2021               | 2021-12-13
            13th of December 2021          | 2021-12-13
            Monday, 13 December 2021       | 2021-12-13
            2021-12-13                     | 2021-12-13
            วันพุธที่ 1 มกราคม 2568         | 2025-01-01
            ๑๕ ธันวาคม ๒๕๖๓                 | 2020-12-15
            15ธ.ค.63                       | 2020-12-15
            15 ธ.ค 63                      | 2020-12-15
            15 ธค 63                       | 2020-12-15
            15 ธ. ค. 2563                  | 2020-12-15
            15 ธันวา 63                    | 2020-12-15
            วันที่ 2 เดือนพฤษภาคม พ.ศ. 2566 | 2023-05-02
            15 ธันวาคม ค.ศ. 2020           | 2020-12-15
            15 ธันวาคม 2020                | 2020-12-15
            วันศุกร์ที่ 29 กุมภาพันธ์ 2567   | 2024-02-29
            """)
    void parsesWholeDateStrings(String text, LocalDate expected) {
        assertThat(ThaiDates.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0} is month {1}")
    @CsvSource({
        "มกราคม,1", "ม.ค.,1", "มค,1", "มกรา,1",
        "กุมภาพันธ์,2", "ก.พ.,2", "กพ,2", "กุมภา,2",
        "มีนาคม,3", "มี.ค.,3", "มีค,3", "มีนา,3",
        "เมษายน,4", "เม.ย.,4", "เมย,4", "เมษา,4",
        "พฤษภาคม,5", "พ.ค.,5", "พค,5", "พฤษภา,5",
        "มิถุนายน,6", "มิ.ย.,6", "มิย,6", "มิถุนา,6",
        "กรกฎาคม,7", "กรกฏาคม,7", "ก.ค.,7", "กค,7", "กรกฎา,7",
        "สิงหาคม,8", "ส.ค.,8", "สค,8", "สิงหา,8",
        "กันยายน,9", "ก.ย.,9", "กย,9", "กันยา,9",
        "ตุลาคม,10", "ต.ค.,10", "ตค,10", "ตุลา,10",
        "พฤศจิกายน,11", "พ.ย.,11", "พย,11", "พฤศจิกา,11",
        "ธันวาคม,12", "ธ.ค.,12", "ธค,12", "ธันวา,12",
    })
    void knowsEveryThaiMonthName(String month, int number) {
        assertThat(ThaiDates.parse("9 " + month + " 2564")).contains(LocalDate.of(2021, number, 9));
        assertThat(ThaiDates.parse("9 " + month + " 64")).contains(LocalDate.of(2021, number, 9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ม.33 ได้เงิน 5,000 บาท", "31 ก.พ. 2564", "32/01/2564", "15 ธันวาคม",
        "December 2021", "13 Dec 21", "ครั้งที่ 1/2566", "15 ก.พ.ร. 2566", "1 ธันวาคม 15", "15 ธันวาคม พ.ศ. 2020"})
    void rejectsWhatIsNotADate(String text) {
        assertThat(ThaiDates.parse(text)).isEmpty();
    }

    @Test
    void findsTheFirstDateInRunningText() {
        String text = """
                ครม. (21 ธ.ค.) มอบของขวัญปีใหม่ โดยมีผลตั้งแต่ 1 ม.ค. 65
                ถึงวันที่ 31 มี.ค. 2565""";
        assertThat(ThaiDates.firstDate(text)).contains(LocalDate.of(2022, 1, 1));
    }

    @Test
    void earliestPositionWinsAcrossFormats() {
        assertThat(ThaiDates.firstDate("ประกาศ 21/10/2567 อ้างถึงมติ 15 ธันวาคม 2563"))
                .contains(LocalDate.of(2024, 10, 21));
        assertThat(ThaiDates.firstDate("On December 13, 2021, at 10.30 hours; announced on 24 November 2021"))
                .contains(LocalDate.of(2021, 12, 13));
    }

    @Test
    void aRangeGivesItsEndWhereTheMonthIs() {
        assertThat(ThaiDates.firstDate("inFocus รอบวันที่ 12 - 18 ต.ค. 67")).contains(LocalDate.of(2024, 10, 18));
    }

    @Test
    void timesAndDecimalsAreNotDays() {
        assertThat(ThaiDates.firstDate("เวลา 10.30 น. ของวันที่ 5 มีนาคม 2564"))
                .contains(LocalDate.of(2021, 3, 5));
    }

    @Test
    void firstDateCanBeLimitedToTheHead() {
        String text = "หัวข้อ\n\nไม่มีวันที่\nบรรทัดสาม\n\nอ้างถึง 1 มกราคม 2564";
        assertThat(ThaiDates.firstDate(text, 3)).isEmpty();
        assertThat(ThaiDates.firstDate(text, 15)).contains(LocalDate.of(2021, 1, 1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ลดเงินสมทบเดือนมิถุนา 64 จ่ายเท่าไหร่    | 2021-06
            ลดเงินสมทบ มิ.ย.64                   | 2021-06
            ลดเงินสมทบ มิย 2564                  | 2021-06
            เงินเดือนกรกฏาคม 2565 เข้าไหม         | 2022-07
            what was the rate in June 2021       | 2021-06
            contribution for Sept. 2022          | 2022-09
            งวดเดือน ต.ค. พ.ศ. 2567              | 2024-10
            วันที่ 15 ธันวาคม 2563               | 2020-12
            """)
    void findsMonthAndYearMentions(String text, String expected) {
        assertThat(ThaiDates.firstMonth(text)).contains(YearMonth.parse(expected));
    }

    @Test
    void listsEveryMonthOnceInOrder() {
        assertThat(ThaiDates.monthMentions("มิ.ย. 64 และ ก.ค. 64 แล้วก็ มิถุนายน 2564 อีกครั้ง"))
                .containsExactly(YearMonth.of(2021, 6), YearMonth.of(2021, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ม.33 ได้เงินกี่บาท", "ตุลาการ 64 คน", "May I ask about 2021", "มีนาคม 10 วัน",
        "March 21"})
    void ignoresLookalikes(String text) {
        assertThat(ThaiDates.monthMentions(text)).isEmpty();
    }
}
