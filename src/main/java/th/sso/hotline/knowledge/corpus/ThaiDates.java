package th.sso.hotline.knowledge.corpus;

import th.sso.hotline.text.ThaiDigits;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in Thai and English text: Buddhist-era years (4 or 2 digits), Thai month names full, colloquial
 * ("มิถุนา") and abbreviated with or without dots ("มิ.ย.", "มิย"), Thai digits, English month names, ISO and
 * day/month/year dates. Thread-safe; holds only compiled patterns.
 */
public final class ThaiDates {

    private static final String[][] THAI_MONTHS = {
        {"มกราคม", "มกรา"},
        {"กุมภาพันธ์", "กุมภา"},
        {"มีนาคม", "มีนา"},
        {"เมษายน", "เมษา"},
        {"พฤษภาคม", "พฤษภา"},
        {"มิถุนายน", "มิถุนา"},
        {"กรกฎาคม", "กรกฏาคม", "กรกฎา", "กรกฏา"},
        {"สิงหาคม", "สิงหา"},
        {"กันยายน", "กันยา"},
        {"ตุลาคม", "ตุลา"},
        {"พฤศจิกายน", "พฤศจิกา"},
        {"ธันวาคม", "ธันวา"},
    };
    /** Abbreviations as their two parts, written "ม.ค." but also "ม.ค", "มค", "ม. ค.". */
    private static final String[][] THAI_ABBREVIATIONS = {
        {"ม", "ค"}, {"ก", "พ"}, {"มี", "ค"}, {"เม", "ย"}, {"พ", "ค"}, {"มิ", "ย"},
        {"ก", "ค"}, {"ส", "ค"}, {"ก", "ย"}, {"ต", "ค"}, {"พ", "ย"}, {"ธ", "ค"},
    };
    private static final String[][] ENGLISH_MONTHS = {
        {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
        {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
        {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
    };

    private static final int MAX_DATE_CHARS = 80;
    private static final int MAX_HEAD_CHARS = 4_000;
    private static final Map<String, Integer> MONTH_BY_KEY = monthKeys();
    private static final String ANY_MONTH = monthAlternation(true);
    private static final String ENGLISH_MONTH = monthAlternation(false);
    private static final String ERA = "(พ\\.?\\s?ศ\\.?|พุทธศักราช|ค\\.?\\s?ศ\\.?|คริสต์ศักราช)";
    private static final String DAY = "(?<![\\d:/])(?<!\\d[.,])(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4}|\\d{2})(?![\\d/])";

    private static final List<Form> FORMS = List.of(
            new Form(DAY + "\\s*(?:of\\s+|เดือน\\s*)?(?<![A-Za-z])(" + ANY_MONTH + ")(?![A-Za-z])\\.?,?\\s*(?:"
                    + ERA + "\\s*)?" + YEAR,
                    m -> date(m.group(4), m.group(3), m.group(2), m.group(1))),
            new Form("(?<![A-Za-z])(" + ENGLISH_MONTH + ")(?![A-Za-z])\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*"
                    + "(\\d{4})(?!\\d)",
                    m -> date(m.group(3), null, m.group(1), m.group(2))),
            new Form("(?<![\\d/.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])",
                    m -> date(m.group(1), null, m.group(2), m.group(3))),
            new Form("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/" + YEAR,
                    m -> date(m.group(3), null, m.group(2), m.group(1))));

    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![A-Za-z])(" + ANY_MONTH + ")(?![A-Za-z])\\.?,?\\s*(?:" + ERA + "\\s*)?" + YEAR,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_PREFIX = Pattern.compile(
            "^(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)?\\s*ที่|ที่"
                    + "|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?)\\s*",
            Pattern.CASE_INSENSITIVE);

    private ThaiDates() {
    }

    /** The date that {@code text} states as a whole, e.g. "วันอังคารที่ 15 ธันวาคม 2563" or "2021-12-13". */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = ThaiDigits.toAscii(text.strip());
        Matcher weekday = WEEKDAY_PREFIX.matcher(s);
        if (weekday.lookingAt()) {
            s = s.substring(weekday.end());
        }
        s = s.replaceFirst("[.,]$", "");
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(s);
            if (m.matches()) {
                LocalDate d = form.toDate().apply(m);
                if (d != null) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** The first date anywhere in {@code text}. */
    public static Optional<LocalDate> firstDate(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String s = ThaiDigits.toAscii(text);
        LocalDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(s);
            if (best != null) {
                // Only an earlier date can win; a date is far shorter than MAX_DATE_CHARS.
                m.region(0, Math.min(s.length(), bestStart + MAX_DATE_CHARS)).useTransparentBounds(true);
            }
            while (m.find() && m.start() < bestStart) {
                LocalDate d = form.toDate().apply(m);
                if (d != null) {
                    best = d;
                    bestStart = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The first date within the first {@code maxLines} lines (and first few thousand characters), where news
     * items state their own date.
     */
    public static Optional<LocalDate> firstDate(String text, int maxLines) {
        return text == null ? Optional.empty() : firstDate(head(text, maxLines));
    }

    /** Month-and-year mentions in order, without repeats: "มิถุนา 64", "มิ.ย.2564", "June 2021". */
    public static List<YearMonth> monthMentions(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Matcher m = MONTH_YEAR.matcher(ThaiDigits.toAscii(text));
        LinkedHashSet<YearMonth> found = new LinkedHashSet<>();
        while (m.find()) {
            Integer month = MONTH_BY_KEY.get(key(m.group(1)));
            int year = gregorianYear(m.group(3), m.group(2), isLatin(m.group(1)));
            if (month != null && year > 0) {
                found.add(YearMonth.of(year, month));
            }
        }
        return List.copyOf(found);
    }

    public static Optional<YearMonth> firstMonth(String text) {
        List<YearMonth> all = monthMentions(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static String head(String text, int maxLines) {
        int pos = 0;
        for (int line = 0; line < maxLines && pos < text.length(); line++) {
            int nl = text.indexOf('\n', pos);
            pos = nl < 0 ? text.length() : nl + 1;
        }
        return text.substring(0, Math.min(pos, MAX_HEAD_CHARS));
    }

    /** {@code month} is either digits or a month name. Returns null for anything that is not a real date. */
    private static LocalDate date(String yearDigits, String era, String month, String day) {
        boolean named = !Character.isDigit(month.charAt(0));
        Integer monthNumber = named ? MONTH_BY_KEY.get(key(month)) : Integer.valueOf(month);
        int year = gregorianYear(yearDigits, era, named && isLatin(month));
        if (monthNumber == null || year <= 0) {
            return null;
        }
        try {
            return LocalDate.of(year, monthNumber, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Four digits above 2400 are Buddhist era (2563 → 2020); two digits are a Buddhist-era short form
     * (63 → 2563 → 2020), which English never uses. Returns -1 for implausible years.
     */
    private static int gregorianYear(String digits, String era, boolean englishMonth) {
        int y = Integer.parseInt(digits);
        boolean christianEra = era != null && era.startsWith("ค");
        if (digits.length() == 2) {
            if (englishMonth || christianEra || y < 40) {
                return -1;
            }
            y += 2500;
        }
        if (y > 2400 && !christianEra) {
            y -= 543;
        } else if (era != null && !christianEra) {
            return -1;
        }
        return y >= 1900 && y <= 2200 ? y : -1;
    }

    private static boolean isLatin(String s) {
        char c = s.charAt(0);
        return c < 0x80 && Character.isLetter(c);
    }

    private static String key(String monthText) {
        StringBuilder sb = new StringBuilder(monthText.length());
        for (int i = 0; i < monthText.length(); i++) {
            char c = monthText.charAt(i);
            if (c != '.' && !Character.isWhitespace(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static Map<String, Integer> monthKeys() {
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            for (String name : THAI_MONTHS[i]) {
                keys.put(name, i + 1);
            }
            keys.put(THAI_ABBREVIATIONS[i][0] + THAI_ABBREVIATIONS[i][1], i + 1);
            for (String name : ENGLISH_MONTHS[i]) {
                keys.put(name, i + 1);
            }
        }
        return Map.copyOf(keys);
    }

    /** Longest names first: Java takes the first alternative that matches, and "มีนา" must not win over "มีนาคม". */
    private static String monthAlternation(boolean withThai) {
        List<String[]> literalAndRegex = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            if (withThai) {
                for (String name : THAI_MONTHS[i]) {
                    literalAndRegex.add(new String[] {name, Pattern.quote(name)});
                }
                String[] abbr = THAI_ABBREVIATIONS[i];
                literalAndRegex.add(new String[] {abbr[0] + "." + abbr[1] + ".",
                    abbr[0] + "\\.?\\s?" + abbr[1] + "\\.?"});
            }
            for (String name : ENGLISH_MONTHS[i]) {
                literalAndRegex.add(new String[] {name, name});
            }
        }
        literalAndRegex.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
        return String.join("|", literalAndRegex.stream().map(a -> a[1]).toList());
    }

    private record Form(Pattern pattern, Function<Matcher, LocalDate> toDate) {
        Form(String regex, Function<Matcher, LocalDate> toDate) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), toDate);
        }
    }
}
