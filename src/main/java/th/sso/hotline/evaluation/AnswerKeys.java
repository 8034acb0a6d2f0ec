package th.sso.hotline.evaluation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds answer keys (short facts such as "9,000", "60%", "180 วัน") in a reply's text, forgiving the ways the
 * same fact is written: Thai digits, thousands separators, "ร้อยละ 60" / "60 percent" for "60%", spacing and
 * case. A key that starts or ends with a digit must not run into more digits, so "180" is not found in "1,800"
 * and "5" is not found in "15".
 */
public final class AnswerKeys {

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final Pattern THAI_PERCENT = Pattern.compile("ร้อยละ\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern EN_PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:percent|per cent)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private AnswerKeys() {
    }

    /** The comparable form: Arabic digits, no thousands separators, percentages as "N%", lower case, no spaces. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        String t = b.toString().toLowerCase(java.util.Locale.ROOT);
        t = THOUSANDS.matcher(t).replaceAll("");
        t = THAI_PERCENT.matcher(t).replaceAll("$1%");
        t = EN_PERCENT.matcher(t).replaceAll("$1%");
        return SPACE.matcher(t).replaceAll("");
    }

    /** Whether {@code key} occurs in {@code text} after both are normalised. */
    public static boolean contains(String text, String key) {
        String k = normalise(key);
        if (k.isEmpty()) {
            return false;
        }
        String regex = Pattern.quote(k);
        if (Character.isDigit(k.charAt(0))) {
            regex = "(?<![\\d.])" + regex;
        }
        if (Character.isDigit(k.charAt(k.length() - 1))) {
            regex = regex + "(?!\\d)(?!\\.\\d)";
        }
        Matcher m = Pattern.compile(regex).matcher(normalise(text));
        return m.find();
    }

    /** One fact: found when any of its alternative spellings is. */
    public static boolean found(String text, List<String> alternatives) {
        return alternatives.stream().anyMatch(a -> contains(text, a));
    }
}
