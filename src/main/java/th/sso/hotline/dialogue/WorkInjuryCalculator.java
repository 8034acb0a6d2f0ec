package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.slots.Slots;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Monthly compensation from the Workmen's Compensation Fund while off work after a work injury: a share of the wage, capped. */
@Singleton
public class WorkInjuryCalculator implements Calculator {

    private final CalculatorTexts texts;

    public WorkInjuryCalculator(CalculatorTexts texts) {
        this.texts = texts;
    }

    @Override
    public String id() {
        return "work_injury";
    }

    @Override
    public Calculation calculate(Slots slots, LocalDate today, Language lang) {
        if (slots.monthlyWage() == null) {
            return new Calculation.NotApplicable();
        }
        CalculationRules rules = texts.rules(today);
        rules.fromReportedWage();
        BigDecimal max = rules.value("work_injury_monthly_max");
        BigDecimal share = BigDecimal.valueOf(slots.monthlyWage()).multiply(rules.share("work_injury_rate"));
        BigDecimal monthly = share.min(max);
        String lead = texts.get(lang, share.compareTo(max) > 0 ? "calc.work_injury.capped" : "calc.work_injury",
                CalculationRules.baht(slots.monthlyWage()), CalculationRules.baht(monthly),
                CalculationRules.number(rules.value("work_injury_rate")), CalculationRules.baht(max));
        return texts.result(lang, lead, rules, null);
    }
}
