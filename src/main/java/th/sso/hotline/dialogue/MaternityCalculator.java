package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.slots.Slots;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Childbirth: the flat lump sum, plus the insured mother's leave pay (a share of the wage for a number of days). */
@Singleton
public class MaternityCalculator implements Calculator {

    private final CalculatorTexts texts;

    public MaternityCalculator(CalculatorTexts texts) {
        this.texts = texts;
    }

    @Override
    public String id() {
        return "maternity";
    }

    @Override
    public Calculation calculate(Slots slots, LocalDate today, Language lang) {
        if (slots.monthlyWage() == null) {
            return new Calculation.NotApplicable();
        }
        CalculationRules rules = texts.rules(today);
        BigDecimal counted = rules.countedWage(slots.monthlyWage());
        int days = rules.whole("maternity_leave_days");
        BigDecimal leavePay = counted.multiply(rules.share("maternity_leave_rate"))
                .multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(30), 0, RoundingMode.HALF_UP);
        BigDecimal lumpSum = rules.value("maternity_lump_sum");
        String lead = texts.get(lang, "calc.maternity", CalculationRules.baht(lumpSum), CalculationRules.baht(slots.monthlyWage()),
                CalculationRules.baht(leavePay), CalculationRules.number(rules.value("maternity_leave_rate")), days,
                CalculationRules.baht(lumpSum.add(leavePay)), CalculationRules.baht(rules.value("s33_wage_ceiling")));
        return texts.result(lang, lead, rules, null);
    }
}
