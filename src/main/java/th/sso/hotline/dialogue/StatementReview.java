package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.rules.FigureText;
import th.sso.hotline.knowledge.search.AnnouncementTexts;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Curated statements (each intent's overview and each specific answer) that staff should check against the
 * announcements they cite: a statement that cites nothing, one whose cited announcements are not in the index (so
 * nothing can be checked), and one stating a figure (a number with its unit: "500 บาท", "60 เดือน", "72 ชั่วโมง")
 * that none of its cited announcements states (years and short hotline numbers are left out). Figures written as {@code {fig:ID}} come from
 * {@code intents/rules/figures.yaml}, which has its own review, and are left out here.
 * <p>
 * The check is literal, to point staff at a statement, not to judge it: a figure the announcement words differently
 * ("หนึ่งพันบาท") is listed although it is supported, and a number stated with the wrong meaning is not.
 */
@Singleton
public class StatementReview {

    public enum Reason { NO_SOURCES, SOURCES_NOT_INDEXED, FIGURES_NOT_IN_SOURCES }

    /** One statement to check: {@code specific} is null for the intent's overview. */
    public record Finding(String intent, String specific, String statement, Reason reason, List<String> figures,
                          List<String> sources) {
    }

    /** A number, optionally with its unit (Thai or English), as a curated answer writes it. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(%|เปอร์เซ็นต์|บาท|วัน|เดือน|ปี|ครั้ง|ชั่วโมง|ชม\\.|งวด"
                    + "|baht|days?|months?|years?|hours?|times)?");
    /** Numbers that name a thing rather than state a figure: sections, options, and the number before them. */
    private static final Pattern NAMING = Pattern.compile("(ม\\.|มาตรา|ทางเลือก|section|option|ฉบับที่|ข้อ)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> UNIT = Map.ofEntries(
            Map.entry("เปอร์เซ็นต์", "%"), Map.entry("baht", "บาท"), Map.entry("day", "วัน"), Map.entry("days", "วัน"),
            Map.entry("month", "เดือน"), Map.entry("months", "เดือน"), Map.entry("year", "ปี"), Map.entry("years", "ปี"),
            Map.entry("hour", "ชั่วโมง"), Map.entry("hours", "ชั่วโมง"), Map.entry("ชม.", "ชั่วโมง"),
            Map.entry("times", "ครั้ง"));
    /** How a source may write each unit after the number. */
    private static final Map<String, String> UNIT_IN_SOURCE = Map.of(
            "%", "(?:%|เปอร์เซ็นต์|percent)", "บาท", "(?:บาท|baht)", "วัน", "(?:วัน|days?)",
            "เดือน", "(?:เดือน|months?)", "ปี", "(?:ปี|years?)", "ชั่วโมง", "(?:ชั่วโมง|ชม\\.|hours?)",
            "ครั้ง", "(?:ครั้ง|times)", "งวด", "(?:งวด|instal)");

    private final IntentCatalog catalog;
    private final AnnouncementTexts announcements;

    public StatementReview(IntentCatalog catalog, AnnouncementTexts announcements) {
        this.catalog = catalog;
        this.announcements = announcements;
    }

    /** Every curated statement that needs a look, intent by intent, overview first. */
    public List<Finding> findings() {
        Map<String, Optional<String>> texts = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (IntentDefinition intent : catalog.all()) {
            if (!intent.isTopic() || !intent.citesPassages()) {
                continue;
            }
            if (intent.answer() != null) {
                check(intent.id(), null, intent.answer().th(), intent.sources(), texts).ifPresent(out::add);
            }
            for (IntentDefinition.Specific s : intent.specifics()) {
                if (s.answer() != null) {
                    check(intent.id(), s.id(), s.answer().th(), s.sources(), texts).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private Optional<Finding> check(String intent, String specific, String statement,
                                    List<IntentDefinition.SourceRef> sources, Map<String, Optional<String>> cache) {
        List<String> urls = sources.stream().map(IntentDefinition.SourceRef::url).filter(u -> u != null && !u.isBlank())
                .toList();
        if (urls.isEmpty()) {
            return Optional.of(new Finding(intent, specific, statement, Reason.NO_SOURCES, List.of(), urls));
        }
        List<String> found = new ArrayList<>();
        for (String url : urls) {
            cache.computeIfAbsent(url, announcements::textOf).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            return Optional.of(new Finding(intent, specific, statement, Reason.SOURCES_NOT_INDEXED, List.of(), urls));
        }
        String cited = normalise(String.join("\n", found));
        List<String> missing = figures(statement).stream().filter(f -> !supported(f, cited)).toList();
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new Finding(intent, specific, statement, Reason.FIGURES_NOT_IN_SOURCES, missing, urls));
    }

    /** The figures a statement states, as "number unit" ("500 บาท") or a bare number of two digits or more. */
    static List<String> figures(String statement) {
        String text = normalise(FigureText.PLACEHOLDER.matcher(statement == null ? "" : statement).replaceAll(" "));
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String number = m.group(1).replace(",", "");
            String unit = m.group(2) == null ? null : UNIT.getOrDefault(m.group(2).toLowerCase(), m.group(2).toLowerCase());
            boolean year = number.matches("(19|20|24|25|26)\\d\\d") && unit == null;
            // A four-digit number starting with 1 and no unit is a Thai short hotline (1506, 1330, 1694): a contact,
            // not a figure of the rules.
            boolean hotline = number.matches("1\\d{3}") && unit == null;
            if (year || hotline || NAMING.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
                    || unit == null && number.length() < 2) {
                continue;
            }
            out.add(unit == null ? number : number + " " + unit);
        }
        return List.copyOf(out);
    }

    /** Whether the cited text states the figure: the number with the same unit, or "ร้อยละ N" for a percentage. */
    static boolean supported(String figure, String cited) {
        String[] parts = figure.split(" ", 2);
        String number = Pattern.quote(parts[0]);
        String before = "(?<![\\d.])";
        String after = "(?![\\d]|\\.\\d)";
        if (parts.length == 1) {
            return Pattern.compile(before + number + after).matcher(cited).find();
        }
        String unit = UNIT_IN_SOURCE.getOrDefault(parts[1], Pattern.quote(parts[1]));
        Pattern withUnit = Pattern.compile(before + number + after + "\\s*" + unit, Pattern.CASE_INSENSITIVE);
        if (withUnit.matcher(cited).find()) {
            return true;
        }
        return "%".equals(parts[1]) && Pattern.compile("(ร้อยละ|percent of)\\s*" + number + after).matcher(cited).find();
    }

    /** Thai digits to Arabic, and thousands separators out, so "๑๕,๐๐๐" and "15000" read alike. */
    static String normalise(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            s.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return s.toString().replaceAll("(?<=\\d),(?=\\d{3})", "");
    }
}
