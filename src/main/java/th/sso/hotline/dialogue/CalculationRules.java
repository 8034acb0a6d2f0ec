package th.sso.hotline.dialogue;

import th.sso.hotline.knowledge.rules.FigureBook;
import th.sso.hotline.knowledge.rules.FigureVersion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures one calculation reads on one day, remembered so the answer can name its basis. */
final class CalculationRules {

    private final FigureBook book;
    private final LocalDate day;

    private final List<String> used = new ArrayList<>();
    private boolean fromReportedWage;

    CalculationRules(FigureBook book, LocalDate day) {
        this.book = book;
        this.day = day;
    }

    BigDecimal value(String id) {
        FigureVersion v = book.on(id, day);
        if (!used.contains(id)) {
            used.add(id);
        }
        return v.value();
    }

    int whole(String id) {
        return value(id).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The part of a monthly wage that benefits and contributions are counted on: at most the wage ceiling. */
    BigDecimal countedWage(int monthlyWage) {
        fromReportedWage = true;
        return BigDecimal.valueOf(monthlyWage).min(value("s33_wage_ceiling"));
    }

    /**
     * Marks the figure as worked out from a wage (the person's, or the ceiling standing in for it): the real amount
     * then depends on the wage the employer reported, which the answer says. Fixed amounts (Section 39 and 40
     * contributions, child allowance, dental) are not marked.
     */
    void fromReportedWage() {
        fromReportedWage = true;
    }

    boolean wageBased() {
        return fromReportedWage;
    }

    /** A percentage figure as a fraction (5 → 0.05). */
    BigDecimal share(String id) {
        return value(id).movePointLeft(2);
    }

    LocalDate day() {
        return day;
    }

    List<String> used() {
        return List.copyOf(used);
    }

    static String baht(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    static String baht(long amount) {
        return baht(BigDecimal.valueOf(amount));
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
