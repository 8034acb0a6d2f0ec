package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.slots.Slots;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Child allowance (Sections 33 and 39) for the number of children the person has: paid for at most a set number. */
@Singleton
public class ChildAllowanceCalculator implements Calculator {

    private final CalculatorTexts texts;

    public ChildAllowanceCalculator(CalculatorTexts texts) {
        this.texts = texts;
    }

    @Override
    public String id() {
        return "child_allowance";
    }

    @Override
    public Calculation calculate(Slots slots, LocalDate today, Language lang) {
        if (slots.children() == null) {
            return new Calculation.NotApplicable();
        }
        CalculationRules rules = texts.rules(today);
        BigDecimal perChild = rules.value("child_allowance_monthly");
        int max = rules.whole("child_allowance_max_children");
        int untilAge = rules.whole("child_allowance_until_age");
        int paid = Math.min(slots.children(), max);
        BigDecimal monthly = perChild.multiply(BigDecimal.valueOf(paid));
        BigDecimal perChildInAll = perChild.multiply(BigDecimal.valueOf(12L * untilAge));
        String lead = texts.get(lang, slots.children() > max ? "calc.child_allowance.capped" : "calc.child_allowance",
                slots.children(), CalculationRules.baht(monthly), CalculationRules.baht(perChild), max, untilAge,
                CalculationRules.baht(perChildInAll), paid);
        return texts.result(lang, lead, rules, null);
    }
}
