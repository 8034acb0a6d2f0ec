package th.sso.hotline.dialogue.calculators;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.slots.Slots;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Monthly contributions: Section 33 from the wage (up to the ceiling), Section 39 fixed, Section 40 by option. */
@Singleton
public class ContributionCalculator implements Calculator {

    private final CalculatorTexts texts;

    public ContributionCalculator(CalculatorTexts texts) {
        this.texts = texts;
    }

    @Override
    public String id() {
        return "contribution";
    }

    @Override
    public Calculation calculate(Slots slots, LocalDate today, Language lang) {
        Integer section = slots.section();
        if (section != null && section == 39) {
            Rules rules = texts.rules(today);
            String lead = texts.get(lang, "calc.contribution.s39", Rules.baht(rules.value("s39_monthly")),
                    Rules.baht(rules.value("s39_wage_base")));
            return texts.result(lang, lead, rules, null);
        }
        if (section != null && section == 40) {
            Rules rules = texts.rules(today);
            Integer option = slots.section40Option();
            String lead = option != null
                    ? texts.get(lang, "calc.contribution.s40.option", option,
                            Rules.baht(rules.value("s40_option" + option + "_monthly")))
                    : texts.get(lang, "calc.contribution.s40", Rules.baht(rules.value("s40_option1_monthly")),
                            Rules.baht(rules.value("s40_option2_monthly")), Rules.baht(rules.value("s40_option3_monthly")));
            return texts.result(lang, lead, rules, null);
        }
        if (slots.monthlyWage() == null) {
            return section != null ? texts.ask(lang, "wage") : new Calculation.NotApplicable();
        }
        Rules rules = texts.rules(today);
        BigDecimal ceiling = rules.value("s33_wage_ceiling");
        BigDecimal counted = BigDecimal.valueOf(slots.monthlyWage()).min(ceiling);
        BigDecimal each = counted.multiply(rules.share("s33_employee_rate"));
        String key = BigDecimal.valueOf(slots.monthlyWage()).compareTo(ceiling) > 0
                ? "calc.contribution.s33.capped" : "calc.contribution.s33";
        String lead = texts.get(lang, key, Rules.baht(slots.monthlyWage()), Rules.baht(each),
                Rules.number(rules.value("s33_employee_rate")), Rules.baht(ceiling));
        return texts.result(lang, lead, rules, null);
    }
}
