package th.sso.hotline.knowledge.search;

import th.sso.hotline.knowledge.corpus.ThaiDates;
import th.sso.hotline.text.ThaiDigits;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a question is about, if it names one: a month ("มิถุนา 64", "June 2021") or a year ("ปี 2563",
 * "ปี 64", "in 2021"). Questions that name no time are about the current rules.
 */
public record QueryDates(List<YearMonth> months, List<Year> years) {

    private static final Pattern YEAR = Pattern.compile(
            "(?:ปี|พ\\.ศ\\.|พศ|ค\\.ศ\\.|year|in|of)\\s*(25[5-7]\\d|20[0-4]\\d|\\d{2})(?!\\d)|(?<![\\d,.])(25[5-7]\\d|20[12]\\d)(?![\\d,])",
            Pattern.CASE_INSENSITIVE);

    public static QueryDates of(String question) {
        String q = ThaiDigits.toAscii(question);
        List<YearMonth> months = new ArrayList<>(ThaiDates.monthMentions(q));
        List<Year> years = new ArrayList<>();
        Matcher m = YEAR.matcher(q);
        while (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            toYear(Integer.parseInt(digits)).filter(y -> !years.contains(y)).ifPresent(years::add);
        }
        months.forEach(ym -> {
            Year y = Year.of(ym.getYear());
            if (!years.contains(y)) {
                years.add(y);
            }
        });
        return new QueryDates(List.copyOf(months), List.copyOf(years));
    }

    private static Optional<Year> toYear(int n) {
        if (n >= 2500) {
            return Optional.of(Year.of(n - 543));
        }
        if (n >= 2000) {
            return Optional.of(Year.of(n));
        }
        if (n >= 55 && n <= 79) {
            return Optional.of(Year.of(2500 + n - 543));
        }
        if (n >= 15 && n <= 35) {
            return Optional.of(Year.of(2000 + n));
        }
        return Optional.empty();
    }

    public boolean any() {
        return !months.isEmpty() || !years.isEmpty();
    }
}
