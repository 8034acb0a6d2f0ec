package th.sso.hotline.staff.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting used by the page templates: Bangkok times and percentages. */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Bangkok"));
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Bangkok"));

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public String seconds(Instant at) {
        return at == null ? "" : SECONDS.format(at);
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    public String confidence(Double c) {
        return c == null ? "" : String.format(Locale.ROOT, "%.2f", c);
    }
}
