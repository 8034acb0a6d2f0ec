package th.sso.hotline.dialogue;

import org.junit.jupiter.api.Test;
import th.sso.hotline.knowledge.rules.FigureBook;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.nlu.slots.SlotReader;
import th.sso.hotline.nlu.slots.Slots;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalculatorsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final CalculatorTexts texts = new CalculatorTexts(new BotTexts(), FigureBook.read(Path.of("intents/rules")));
    private final SlotReader slots = new SlotReader(new TextNormalizer());

    private Calculation.Result result(Calculator calculator, String message, LocalDate day, Language lang) {
        Calculation c = calculator.calculate(slots.read(message), day, lang);
        assertThat(c).isInstanceOf(Calculation.Result.class);
        return (Calculation.Result) c;
    }

    @Test
    void section33ContributionIsCountedOnWagesUpToTheCeiling() {
        var calc = new ContributionCalculator(texts);
        assertThat(result(calc, "Salary 20,000, how much is deducted?", TODAY, Language.EN).text())
                .startsWith("On a wage of 20,000 baht you pay 750 baht a month")
                .contains("counted only up to 15,000 baht")
                .contains("in force since 1 Jan 2023");
        assertThat(result(calc, "เงินเดือน 12000 หักประกันสังคมเท่าไหร่", TODAY, Language.TH).text())
                .startsWith("เงินเดือน 12,000 บาท: ลูกจ้างจ่ายเงินสมทบ ม.33 เดือนละ 600 บาท");
        assertThat(result(calc, "ม.39 ต้องจ่ายเท่าไร", TODAY, Language.TH).text()).contains("เดือนละ 432 บาท")
                .contains("ทั้งปี 5,184 บาท");
        assertThat(result(calc, "ม.40 ทางเลือก 3 จ่ายเท่าไหร่", TODAY, Language.TH).text()).contains("เดือนละ 300 บาท")
                .contains("ทั้งปี 3,600 บาท");
        assertThat(result(calc, "what does section 40 cost", TODAY, Language.EN).text())
                .contains("a whole year: 840 / 1,200 / 3,600 baht");
        assertThat(calc.calculate(slots.read("ม.33 หักเท่าไหร่"), TODAY, Language.TH))
                .isEqualTo(new Calculation.Ask("wage", new BotTexts().get(Language.TH, "calc.ask.wage")));
        assertThat(calc.calculate(Slots.NONE, TODAY, Language.TH)).isInstanceOf(Calculation.NotApplicable.class);
    }

    @Test
    void onlyFiguresWorkedOutFromAWageSayTheyDependOnTheReportedWage() {
        String th = "ยอดจริงขึ้นกับค่าจ้างที่นายจ้างแจ้งไว้";
        String en = "depends on the wage your employer reported";
        var contribution = new ContributionCalculator(texts);
        assertThat(result(contribution, "ม.39 ต้องจ่ายเท่าไร", TODAY, Language.TH).text())
                .contains("ยืนยันล่าสุดในประกาศ").doesNotContain(th);
        assertThat(result(contribution, "what does section 40 cost", TODAY, Language.EN).text())
                .contains("last confirmed").doesNotContain(en);
        assertThat(result(new ChildAllowanceCalculator(texts), "มีลูก2คน ได้สงเคราะห์บุตรรวมเดือนละกี่บาทคะ", TODAY, Language.TH).text())
                .doesNotContain(th);
        assertThat(result(contribution, "เงินเดือน 12000 หักประกันสังคมเท่าไหร่", TODAY, Language.TH).text()).contains(th);
        assertThat(result(contribution, "Salary 20,000, how much is deducted?", TODAY, Language.EN).text()).contains(en);
        assertThat(result(new UnemploymentCalculator(texts), "โดนเลิกจ้าง เงินเดือน 20000 ได้เท่าไหร่", TODAY, Language.TH).text())
                .contains(th);
    }

    @Test
    void unemploymentUsesTheRateInForceOnTheDay() {
        var calc = new UnemploymentCalculator(texts);
        String message = "โดนเลิกจ้าง เงินเดือน 20000 ได้เท่าไหร่";
        assertThat(result(calc, message, LocalDate.of(2025, 7, 15), Language.TH).text())
                .contains("เดือนละ 7,500 บาท (50% ของค่าจ้าง)").contains("45,000");
        assertThat(result(calc, message, LocalDate.of(2025, 7, 16), Language.TH).text())
                .contains("เดือนละ 9,000 บาท (60% ของค่าจ้าง)").contains("54,000")
                .contains("ใช้ตั้งแต่ 16 ก.ค. 2568");
        assertThat(result(calc, "what if I quit myself? salary 10000", TODAY, Language.EN).text())
                .startsWith("If you resigned (wage 10,000 baht): 3,000 baht a month").contains("90 days")
                .doesNotContain("laid off");
        String both = result(calc, "ว่างงาน เงินเดือน 10000 ได้เท่าไหร่", TODAY, Language.TH).text();
        assertThat(both).contains("ถ้าถูกเลิกจ้าง").contains("ถ้าลาออกเอง");
        assertThat(calc.calculate(slots.read("โดนเลิกจ้างค่ะ"), TODAY, Language.TH)).isInstanceOf(Calculation.Ask.class);
    }

    @Test
    void pensionLeadsWithTheNumberAndAsksForTheWageWhenMissing() {
        var calc = new PensionCalculator(texts);
        Calculation.Result noWage = result(calc, "ส่ง 15 ปี อายุ 55 ได้บำนาญเท่าไหร่", TODAY, Language.TH);
        assertThat(noWage.text()).startsWith("ส่งเงินสมทบ 180 เดือน: ได้บำนาญชราภาพเดือนละ 20% ของค่าจ้างเฉลี่ย")
                .contains("สูงสุดเดือนละ 3,000 บาท");
        assertThat(noWage.followUp()).isInstanceOf(Calculation.Ask.class);
        assertThat(result(calc, "paid 20 years, salary 15000, pension how much", TODAY, Language.EN).text())
                .contains("about 4,125 baht a month").contains("27.5%");
        assertThat(result(calc, "ส่งมา 10 ปี อายุ 56 ได้อะไร", TODAY, Language.TH).text())
                .contains("บำเหน็จชราภาพเป็นเงินก้อนเดียว");
        assertThat(result(calc, "I paid 10 years, I am 50", TODAY, Language.EN).text())
                .contains("can be claimed from age 55");
    }

    @Test
    void maternityAndSicknessFromTheWage() {
        assertThat(result(new MaternityCalculator(texts), "คลอดลูก เงินเดือน 15000 ได้เท่าไหร่", TODAY, Language.TH).text())
                .contains("ค่าคลอดเหมาจ่าย 15,000 บาท").contains("ประมาณ 22,500 บาท").contains("รวมประมาณ 37,500 บาท");
        assertThat(result(new MaternityCalculator(texts), "baby due, salary 15000", LocalDate.of(2020, 6, 1), Language.EN).text())
                .contains("a flat 13,000 baht");
        assertThat(result(new SicknessCalculator(texts), "sick leave salary 12000", TODAY, Language.EN).text())
                .contains("about 200 baht a day").contains("6,000 baht a month").contains("90 days each time");
    }

    @Test
    void childAllowanceIsPaidPerChildUpToTheLimit() {
        var calc = new ChildAllowanceCalculator(texts);
        assertThat(result(calc, "มีลูก2คน ได้สงเคราะห์บุตรรวมเดือนละกี่บาทคะ", TODAY, Language.TH).text())
                .startsWith("ลูก 2 คน: ได้เงินสงเคราะห์บุตรรวมเดือนละ 2,000 บาท").contains("72,000");
        assertThat(result(calc, "I have four children, how much child allowance in total?", TODAY, Language.EN).text())
                .startsWith("4 children: child allowance is paid for at most 3 children at a time, so 3,000 baht");
        // Before 2025 the allowance was 800 baht a child: the figure of the day is used.
        assertThat(result(calc, "ลูก 3 คนได้ทั้งหมดเท่าไหร่", LocalDate.of(2024, 12, 31), Language.TH).text())
                .contains("เดือนละ 2,400 บาท");
        assertThat(calc.calculate(slots.read("สงเคราะห์บุตรได้เท่าไหร่"), TODAY, Language.TH))
                .isInstanceOf(Calculation.NotApplicable.class);
    }

    @Test
    void dentalLeftIsTheYearlyAllowanceLessWhatWasUsed() {
        var calc = new DentalCalculator(texts);
        assertThat(result(calc, "ขูดหินปูนไป 500 แล้ว ปีนี้เหลือวงเงินทำฟันอีกเท่าไหร่", TODAY, Language.TH).text())
                .contains("เหลือวงเงินทำฟันอีก 400 บาท");
        assertThat(result(calc, "I spent 700 baht on a filling in January. How much is left?", TODAY, Language.EN).text())
                .startsWith("700 baht used in 2026: 200 baht of dental care left");
        assertThat(result(calc, "used 1,200 baht already", TODAY, Language.EN).text()).contains("used up (0 baht left)");
        assertThat(slots.read("paid 15 years").spent()).isNull();
    }

    @Test
    void workInjuryPaysAShareOfTheWageUpToTheCap() {
        var calc = new WorkInjuryCalculator(texts);
        assertThat(result(calc, "Injured at work, wage 15,000. What monthly compensation?", TODAY, Language.EN).text())
                .contains("about 10,500 baht a month").contains("70% of the wage, at most 14,000 baht");
        assertThat(result(calc, "ค่าจ้าง 30000 เจ็บจากงาน ได้เดือนละเท่าไร", TODAY, Language.TH).text())
                .contains("ได้ค่าทดแทนเดือนละ 14,000 บาท");
    }

    @Test
    void section33ContributionStatesBothSidesTogether() {
        assertThat(result(new ContributionCalculator(texts), "เงินเดือน 15000 นายจ้างกับลูกจ้างรวมกันส่งเดือนละเท่าไหร่",
                TODAY, Language.TH).text()).contains("รวมสองฝ่ายเดือนละ 1,500 บาท");
    }
}
