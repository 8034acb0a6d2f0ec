package th.sso.hotline.knowledge.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {fig:ID}} in an authored text with the figure's value in force on the day ("15,000", "1.5"). */
public final class FigureText {

    public static final Pattern PLACEHOLDER = Pattern.compile("\\{fig:([a-z0-9_]+)}");

    private FigureText() {
    }

    public static String render(String text, FigureBook book, LocalDate day) {
        if (text == null || text.indexOf("{fig:") < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(format(book.on(m.group(1), day).value())));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String format(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 0) {
            return value.stripTrailingZeros().toPlainString();
        }
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(value.setScale(0, RoundingMode.UNNECESSARY));
    }
}
