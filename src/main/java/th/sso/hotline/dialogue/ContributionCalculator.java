package th.sso.hotline.dialogue;

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
            CalculationRules rules = texts.rules(today);
            String lead = texts.get(lang, "calc.contribution.s39", CalculationRules.baht(rules.value("s39_monthly")),
                    CalculationRules.baht(rules.value("s39_wage_base")), yearly(rules, "s39_monthly"));
            return texts.result(lang, lead, rules, null);
        }
        if (section != null && section == 40) {
            CalculationRules rules = texts.rules(today);
            Integer option = slots.section40Option();
            String lead = option != null
                    ? texts.get(lang, "calc.contribution.s40.option", option,
                            CalculationRules.baht(rules.value("s40_option" + option + "_monthly")),
                            yearly(rules, "s40_option" + option + "_monthly"))
                    : texts.get(lang, "calc.contribution.s40", CalculationRules.baht(rules.value("s40_option1_monthly")),
                            CalculationRules.baht(rules.value("s40_option2_monthly")), CalculationRules.baht(rules.value("s40_option3_monthly")),
                            yearly(rules, "s40_option1_monthly"), yearly(rules, "s40_option2_monthly"),
                            yearly(rules, "s40_option3_monthly"));
            return texts.result(lang, lead, rules, null);
        }
        if (slots.monthlyWage() == null) {
            return section != null ? texts.ask(lang, "wage") : new Calculation.NotApplicable();
        }
        CalculationRules rules = texts.rules(today);
        rules.fromReportedWage();
        BigDecimal ceiling = rules.value("s33_wage_ceiling");
        BigDecimal counted = BigDecimal.valueOf(slots.monthlyWage()).min(ceiling);
        BigDecimal each = counted.multiply(rules.share("s33_employee_rate"));
        String key = BigDecimal.valueOf(slots.monthlyWage()).compareTo(ceiling) > 0
                ? "calc.contribution.s33.capped" : "calc.contribution.s33";
        String lead = texts.get(lang, key, CalculationRules.baht(slots.monthlyWage()), CalculationRules.baht(each),
                CalculationRules.number(rules.value("s33_employee_rate")), CalculationRules.baht(ceiling),
                CalculationRules.baht(each.multiply(BigDecimal.valueOf(2))));
        return texts.result(lang, lead, rules, null);
    }

    /** People paying for themselves ask what a whole year costs. */
    private static String yearly(CalculationRules rules, String monthlyFigure) {
        return CalculationRules.baht(rules.value(monthlyFigure).multiply(java.math.BigDecimal.valueOf(12)));
    }
}
