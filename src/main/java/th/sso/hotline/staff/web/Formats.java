package th.sso.hotline.staff.web;

import io.micronaut.context.MessageSource;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How every console template shows times, intents and coded values in the reader's language. Thai readers get
 * Buddhist-era dates with Thai month names ({@code 3 ธ.ค. 2569 14:05}), English readers Gregorian ones
 * ({@code 3 Dec 2026 14:05}), both in Bangkok time. Intents show their title from the intent YAML, coded values
 * (channel, kind, delivery, role, audit action) their translation; anything without one shows as it is.
 */
public final class Formats {

    private final Locale locale;
    private final boolean thai;
    private final Map<String, String> intentTitles;
    private final MessageSource messages;
    private final DateTimeFormatter time;
    private final DateTimeFormatter seconds;
    private final DateTimeFormatter day;

    Formats(Locale locale, ZoneId zone, Map<String, String> intentTitles, MessageSource messages) {
        this.thai = "th".equals(locale.getLanguage());
        this.locale = thai ? Locale.forLanguageTag("th-TH") : Locale.ENGLISH;
        this.intentTitles = intentTitles;
        this.messages = messages;
        this.time = formatter("d MMM yyyy HH:mm", zone);
        this.seconds = formatter("d MMM yyyy HH:mm:ss", zone);
        this.day = formatter("d MMM", zone);
    }

    private DateTimeFormatter formatter(String pattern, ZoneId zone) {
        return DateTimeFormatter.ofPattern(pattern, locale)
                .withChronology(thai ? ThaiBuddhistChronology.INSTANCE : IsoChronology.INSTANCE)
                .withZone(zone);
    }

    public String time(Instant at) {
        return at == null ? "" : time.format(at);
    }

    public String seconds(Instant at) {
        return at == null ? "" : seconds.format(at);
    }

    /** A calendar day without the year, as chart axes show it. */
    public String day(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    public String confidence(Double c) {
        return c == null ? "" : String.format(Locale.ROOT, "%.2f", c);
    }

    /** The intent's title in the reader's language; an id the catalogue no longer has shows as it is. */
    public String intent(String id) {
        return id == null ? "" : intentTitles.getOrDefault(id, id);
    }

    /** Intent ids in the order of their titles as the reader sees them (Thai collation in Thai). */
    public List<String> byTitle(Collection<String> ids) {
        Comparator<Object> collator = Collator.getInstance(locale);
        return ids.stream().sorted(Comparator.comparing(this::intent, collator)).toList();
    }

    /**
     * A coded value of the given kind in the reader's language, from the message {@code kind.code}
     * ({@code channel.line}, {@code delivery.sent}, {@code audit.action.review}); an unknown code shows as it is.
     */
    public String value(String kind, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return messages.getMessage(kind + "." + code, locale).orElse(code);
    }
}
