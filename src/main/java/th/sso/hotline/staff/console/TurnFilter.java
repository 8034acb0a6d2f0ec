package th.sso.hotline.staff.console;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;

/**
 * The filters of the conversation list and the CSV export, as query parameters. Dates are Bangkok calendar
 * days, both ends included. {@code problems} keeps only fallbacks and low-confidence answers.
 */
@Introspected
public record TurnFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String intent,
                         @Nullable Boolean problems, @Nullable Boolean handedOff, @Nullable String lang,
                         @Nullable String channel, @Nullable String q, @Nullable Integer page) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    /** From query parameters as a browser form sends them: empty or malformed fields are simply no filter. */
    public static TurnFilter of(HttpParameters p) {
        return new TurnFilter(date(p.get("from")), date(p.get("to")), p.get("intent"), flag(p.get("problems")),
                flag(p.get("handedOff")), p.get("lang"), p.get("channel"), p.get("q"), number(p.get("page")));
    }

    public static TurnFilter none() {
        return new TurnFilter(null, null, null, null, null, null, null, null, null);
    }

    /** Pages past this are shown as this one (empty): an absurd page number is no reason for an error. */
    public static final int MAX_PAGE = 100_000;

    public int pageOrFirst() {
        return page == null || page < 1 ? 1 : Math.min(page, MAX_PAGE);
    }

    public boolean onlyProblems() {
        return Boolean.TRUE.equals(problems);
    }

    public boolean onlyHandedOff() {
        return Boolean.TRUE.equals(handedOff);
    }

    public String text() {
        return q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
    }

    public String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The filter as query parameters (without the page), for paging and export links. */
    public Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "from", from == null ? null : from.toString());
        put(p, "to", to == null ? null : to.toString());
        put(p, "intent", blankToNull(intent));
        put(p, "problems", onlyProblems() ? "true" : null);
        put(p, "handedOff", onlyHandedOff() ? "true" : null);
        put(p, "lang", blankToNull(lang));
        put(p, "channel", blankToNull(channel));
        put(p, "q", blankToNull(q));
        return p;
    }

    /** The filter as a URL query string (without the page). */
    public String queryString() {
        StringBuilder s = new StringBuilder();
        params().forEach((k, v) -> s.append(s.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean flag(String s) {
        return s == null ? null : List.of("true", "on", "1").contains(s.strip().toLowerCase(Locale.ROOT));
    }

    private static Integer number(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void put(Map<String, String> p, String k, String v) {
        if (v != null) {
            p.put(k, v);
        }
    }
}
