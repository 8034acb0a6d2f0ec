package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.slots.LeaveReason;
import th.sso.hotline.nlu.slots.Slots;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Unemployment benefit (Section 33) from the wage and why the job ended: laid off, or resigned / contract ended.
 * Without the reason both cases are shown; without the wage it asks for it.
 */
@Singleton
public class UnemploymentCalculator implements Calculator {

    private final CalculatorTexts texts;

    public UnemploymentCalculator(CalculatorTexts texts) {
        this.texts = texts;
    }

    @Override
    public String id() {
        return "unemployment";
    }

    @Override
    public Calculation calculate(Slots slots, LocalDate today, Language lang) {
        if (slots.monthlyWage() == null) {
            return slots.leaveReason() != null ? texts.ask(lang, "wage") : new Calculation.NotApplicable();
        }
        CalculationRules rules = texts.rules(today);
        BigDecimal counted = rules.countedWage(slots.monthlyWage());
        StringBuilder lead = new StringBuilder();
        LeaveReason reason = slots.leaveReason();
        if (reason == null || reason == LeaveReason.LAID_OFF) {
            lead.append(line(lang, "calc.unemployment.laid_off", slots.monthlyWage(), counted, rules,
                    "unemployment_laid_off_rate", "unemployment_laid_off_days"));
        }
        if (reason == null || reason != LeaveReason.LAID_OFF) {
            String key = reason == LeaveReason.CONTRACT_ENDED ? "calc.unemployment.contract_ended"
                    : "calc.unemployment.resigned";
            if (!lead.isEmpty()) {
                lead.append('\n');
            }
            lead.append(line(lang, key, slots.monthlyWage(), counted, rules,
                    "unemployment_resigned_rate", "unemployment_resigned_days"));
        }
        lead.append('\n').append(texts.get(lang, "calc.unemployment.ceiling", CalculationRules.baht(rules.value("s33_wage_ceiling"))));
        return texts.result(lang, lead.toString(), rules, null);
    }

    private String line(Language lang, String key, int wage, BigDecimal counted, CalculationRules rules, String rateId, String daysId) {
        BigDecimal monthly = counted.multiply(rules.share(rateId));
        int days = rules.whole(daysId);
        BigDecimal total = monthly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(30), 0,
                java.math.RoundingMode.HALF_UP);
        return texts.get(lang, key, CalculationRules.baht(wage), CalculationRules.baht(monthly), CalculationRules.number(rules.value(rateId)), days,
                CalculationRules.baht(total));
    }
}
