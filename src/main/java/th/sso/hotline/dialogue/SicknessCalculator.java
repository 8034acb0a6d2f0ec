package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.slots.Slots;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Sickness cash benefit for a Section 33 employee off work beyond the sick days the employer pays. */
@Singleton
public class SicknessCalculator implements Calculator {

    private final CalculatorTexts texts;

    public SicknessCalculator(CalculatorTexts texts) {
        this.texts = texts;
    }

    @Override
    public String id() {
        return "sickness";
    }

    @Override
    public Calculation calculate(Slots slots, LocalDate today, Language lang) {
        if (slots.monthlyWage() == null) {
            return new Calculation.NotApplicable();
        }
        CalculationRules rules = texts.rules(today);
        BigDecimal counted = rules.countedWage(slots.monthlyWage());
        BigDecimal monthly = counted.multiply(rules.share("sickness_rate"));
        BigDecimal daily = monthly.divide(BigDecimal.valueOf(30), 0, RoundingMode.HALF_UP);
        String lead = texts.get(lang, "calc.sickness", CalculationRules.baht(slots.monthlyWage()), CalculationRules.baht(daily),
                CalculationRules.baht(monthly), CalculationRules.number(rules.value("sickness_rate")), rules.whole("employer_sick_pay_days"),
                rules.whole("sickness_days_per_time"), rules.whole("sickness_days_per_year"),
                CalculationRules.baht(rules.value("s33_wage_ceiling")));
        return texts.result(lang, lead, rules, null);
    }
}
