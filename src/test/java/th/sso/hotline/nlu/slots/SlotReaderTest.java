package th.sso.hotline.nlu.slots;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.sso.hotline.text.TextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

class SlotReaderTest {

    private final SlotReader reader = new SlotReader(new TextNormalizer());

    @ParameterizedTest(name = "{0} -> wage {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "เงินเดือน 2 หมื่น ว่างงานได้เท่าไหร่ | 20000",
            "เงินเดือน20000ถูกเลิกจ้าง | 20000",
            "ได้เดือนละหมื่นห้า ส่งประกันสังคม | 15000",
            "ค่าจ้าง 12,500 บาท | 12500",
            "เงินเดือน ๑๘,๐๐๐ บาท | 18000",
            "เงินเดือนสองหมื่นห้าพัน | 25000",
            "Salary 20,000, how much is deducted? | 20000",
            "salary 20k how much sso | 20000",
            "i earn 9000 baht a month | 9000",
            "my wage is about 11000 | 11000",
            "ค่าจ้างเฉลี่ย 13,000 ส่งมา 16 ปี | 13000",
            "เงินเดือนเฉลี่ยราว 9500 | 9500",
            "my salary average is 14000 | 14000",
            "15000 บาทต่อเดือน หักเท่าไหร่ | 15000",
            "Injured at work, wage 15,000. What do I get? | 15000",
            "I quit my job. My salary was 10,000 baht. | 10000",
            "ค่าคลอด 15000 ยังได้อยู่ไหม | -",
            "ส่งมา 15 ปี อายุ 55 | -",
            "ม.39 จ่าย 432 บาท | -",
    })
    void wages(String text, Integer wage) {
        assertThat(reader.read(text).monthlyWage()).isEqualTo(wage);
    }

    @ParameterizedTest(name = "{0} -> {1} months, age {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "ส่ง 15 ปี อายุ 55 ได้บำนาญเท่าไหร่ | 180 | 55",
            "ส่งประกันสังคมมา 20 ปีแล้ว | 240 | -",
            "ส่งมาได้ 4 เดือน จะเบิกค่าคลอดทันไหม | 4 | -",
            "จ่ายเงินสมทบ 200 เดือน | 200 | -",
            "What happens when I turn 55? I paid 10 years | 120 | 55",
            "contributed for 16 years, I am 56 now | 192 | 56",
            "อายุครบ 55 แล้ว ต้องทำยังไง | - | 55",
            "15ปีของการส่งเงินสมทบ | 180 | -",
            "ส่งครบ 15 ปี | 180 | -",
            "ส่งไม่ถึง 180 เดือนได้อะไรคะ | - | -",
            "what if I paid less than 15 years? | - | -",
            "บำเหน็จ ส่งไม่ถึง 12 เดือน กับ เกิน 12 เดือน ต่างกันยังไง | - | -",
    })
    void monthsAndAge(String text, Integer months, Integer age) {
        Slots slots = reader.read(text);
        assertThat(slots.monthsContributed()).isEqualTo(months);
        assertThat(slots.age()).isEqualTo(age);
    }

    @ParameterizedTest(name = "{0} -> section {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "คลอดลูกม.33ได้กี่บาทคะ | 33",
            "ประกันสังคมม.39ต้องจ่ายเท่าไร | 39",
            "มาตรา ๔๐ สมัครยังไง | 40",
            "ม40 ทางเลือก 3 | 40",
            "section 33 employee | 33",
            "mor 39 jai tao rai | 39",
            "ผมอายุ 33 ปี | -",
    })
    void sections(String text, Integer section) {
        assertThat(reader.read(text).section()).isEqualTo(section);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "โดนเลิกจ้าง ได้เงินกี่บาท | LAID_OFF",
            "บริษัทปิดกิจการ | LAID_OFF",
            "I got laid off last week | LAID_OFF",
            "what if I quit myself? | RESIGNED",
            "ลาออกเองได้ไหม | RESIGNED",
            "หมดสัญญาจ้าง | CONTRACT_ENDED",
            "my contract ended in May | CONTRACT_ENDED",
            "ว่างงานได้เงินเท่าไหร่ | -",
            "ลาออกเอง ไม่ได้โดนไล่ออก | RESIGNED",
            "ลาออกไม่ได้โดนไล่ออก เงินเดือน 20000 | RESIGNED",
            "I wasn't fired, I resigned | RESIGNED",
            "ไม่ได้ถูกเลิกจ้าง | -",
    })
    void leaveReasons(String text, LeaveReason reason) {
        assertThat(reader.read(text).leaveReason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} -> option {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "ม.40 ทางเลือกที่ 2 จ่ายเท่าไหร่ | 2",
            "section 40 option 3 | 3",
            "ม.40 มีกี่แบบ | -",
    })
    void section40Options(String text, Integer option) {
        assertThat(reader.read(text).section40Option()).isEqualTo(option);
    }

    @ParameterizedTest(name = "newer slots win")
    @CsvSource(delimiter = '|', value = {"ถูกเลิกจ้าง | เงินเดือน 12000"})
    void laterMessagesAddToEarlierOnes(String first, String second) {
        Slots merged = reader.read(first).updatedBy(reader.read(second));
        assertThat(merged.leaveReason()).isEqualTo(LeaveReason.LAID_OFF);
        assertThat(merged.monthlyWage()).isEqualTo(12000);
        assertThat(reader.read("สวัสดีค่ะ").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "asked {0}: {1} -> wage {2}, months {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "wage | 15000 | 15000 | -",
            "wage | 2 หมื่นค่ะ | 20000 | -",
            "wage | about 18k | 18000 | -",
            "average_wage | ประมาณ 12,000 บาท | 12000 | -",
            "wage | 500 | - | -",
            "months | 15 ปี | - | 180",
            "months | 20 | - | 240",
            "months | 200 | - | 200",
            "months | 90 เดือนค่ะ | - | 90",
            "months | ส่งมา 10 ปี | - | 120",
            "wage | ว่างงานต้องไปลงทะเบียนที่ไหนและใช้เอกสารอะไรบ้างคะ 15000 | - | -",
    })
    void aShortReplyAnswersTheFactAskedFor(String asked, String text, Integer wage, Integer months) {
        Slots answer = reader.answer(asked, text);
        assertThat(answer.monthlyWage()).as("wage").isEqualTo(wage);
        assertThat(answer.monthsContributed()).as("months").isEqualTo(months);
    }
}
