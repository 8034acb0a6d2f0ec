package th.sso.hotline.conversation;

import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/** When staff answer chats: the configured days and hours in Asia/Bangkok. */
@Singleton
public class OfficeHours {

    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    private final LocalTime opens;
    private final LocalTime closes;

    public OfficeHours(HandoffProperties properties) {
        this(ZoneId.of(properties.getOfficeHoursZone()), EnumSet.copyOf(properties.getOfficeHoursDays()),
                LocalTime.parse(properties.getOfficeHoursOpens()), LocalTime.parse(properties.getOfficeHoursCloses()));
    }

    public OfficeHours(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        if (days.isEmpty() || !opens.isBefore(closes)) {
            throw new IllegalArgumentException("office hours need at least one day and opens before closes");
        }
        this.zone = zone;
        this.days = EnumSet.copyOf(days);
        this.opens = opens;
        this.closes = closes;
    }

    public boolean isOpen(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        LocalTime time = t.toLocalTime();
        return days.contains(t.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** The next time staff answer after {@code at} (at itself when open). */
    public ZonedDateTime nextOpening(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        if (isOpen(at)) {
            return t;
        }
        ZonedDateTime candidate = t.toLocalTime().isBefore(opens) ? t.with(opens) : t.plusDays(1).with(opens);
        while (!days.contains(candidate.getDayOfWeek())) {
            candidate = candidate.plusDays(1);
        }
        return candidate.withSecond(0).withNano(0);
    }

    /** How much office time passes from {@code from} to {@code to} (zero when {@code to} is not later). */
    public Duration openBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        ZonedDateTime end = to.atZone(zone);
        LocalDate day = from.atZone(zone).toLocalDate();
        while (!day.isAfter(end.toLocalDate())) {
            if (days.contains(day.getDayOfWeek())) {
                Instant opensAt = day.atTime(opens).atZone(zone).toInstant();
                Instant closesAt = day.atTime(closes).atZone(zone).toInstant();
                Instant a = opensAt.isAfter(from) ? opensAt : from;
                Instant b = closesAt.isBefore(to) ? closesAt : to;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
            day = day.plusDays(1);
        }
        return total;
    }

    public ZoneId zone() {
        return zone;
    }
}
