package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.slots.Slots;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What is left of this year's dental allowance after what the person says they already used. */
@Singleton
public class DentalCalculator implements Calculator {

    private final CalculatorTexts texts;

    public DentalCalculator(CalculatorTexts texts) {
        this.texts = texts;
    }

    @Override
    public String id() {
        return "dental";
    }

    @Override
    public Calculation calculate(Slots slots, LocalDate today, Language lang) {
        if (slots.spent() == null) {
            return new Calculation.NotApplicable();
        }
        CalculationRules rules = texts.rules(today);
        BigDecimal yearly = rules.value("dental_yearly");
        BigDecimal spent = BigDecimal.valueOf(slots.spent());
        BigDecimal left = yearly.subtract(spent).max(BigDecimal.ZERO);
        String lead = texts.get(lang, left.signum() == 0 ? "calc.dental.none_left" : "calc.dental",
                CalculationRules.baht(left), CalculationRules.baht(spent), CalculationRules.baht(yearly), String.valueOf(today.getYear()));
        return texts.result(lang, lead, rules, null);
    }
}
