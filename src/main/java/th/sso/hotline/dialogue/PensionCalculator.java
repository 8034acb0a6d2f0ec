package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.slots.Slots;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Old-age benefit (Sections 33 and 39): a monthly pension from 180 months of contributions (20% of the last 60
 * months' average wage, plus 1.5% for every further 12 months), otherwise a one-off lump sum.
 */
@Singleton
public class PensionCalculator implements Calculator {

    private final CalculatorTexts texts;

    public PensionCalculator(CalculatorTexts texts) {
        this.texts = texts;
    }

    @Override
    public String id() {
        return "pension";
    }

    @Override
    public Calculation calculate(Slots slots, LocalDate today, Language lang) {
        Integer months = slots.monthsContributed();
        if (months == null) {
            return slots.monthlyWage() != null || slots.age() != null ? texts.ask(lang, "months")
                    : new Calculation.NotApplicable();
        }
        CalculationRules rules = texts.rules(today);
        int required = rules.whole("pension_months_required");
        String agePart = slots.age() != null && slots.age() < rules.whole("old_age_age")
                ? "\n" + texts.get(lang, "calc.pension.age", rules.whole("old_age_age")) : "";
        if (months < required) {
            String lead = texts.get(lang, months < 12 ? "calc.pension.lump_sum_short" : "calc.pension.lump_sum",
                    months, required);
            return texts.result(lang, lead + agePart, rules, null);
        }
        BigDecimal percent = rules.value("pension_base_rate")
                .add(rules.value("pension_step_rate").multiply(BigDecimal.valueOf((months - required) / 12)));
        rules.fromReportedWage();
        BigDecimal ceiling = rules.value("s33_wage_ceiling");
        if (slots.monthlyWage() == null) {
            String lead = texts.get(lang, "calc.pension.rate", months, CalculationRules.number(percent),
                    CalculationRules.baht(ceiling.multiply(percent).movePointLeft(2)), CalculationRules.baht(ceiling));
            return texts.result(lang, lead + agePart, rules, texts.ask(lang, "average_wage"));
        }
        BigDecimal counted = BigDecimal.valueOf(slots.monthlyWage()).min(ceiling);
        String lead = texts.get(lang, "calc.pension.monthly", months, CalculationRules.baht(slots.monthlyWage()),
                CalculationRules.baht(counted.multiply(percent).movePointLeft(2)), CalculationRules.number(percent), CalculationRules.baht(ceiling));
        return texts.result(lang, lead + agePart, rules, null);
    }
}
