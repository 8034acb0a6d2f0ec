package th.sso.hotline.conversation;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeHoursTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private final OfficeHours hours = new OfficeHours(BANGKOK, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(8, 30), LocalTime.of(16, 30));

    @Test
    void openOnWeekdaysBetweenOpeningAndClosingInBangkok() {
        assertThat(hours.isOpen(at("2026-03-10T08:30"))).isTrue();   // Tuesday
        assertThat(hours.isOpen(at("2026-03-10T16:29"))).isTrue();
        assertThat(hours.isOpen(at("2026-03-10T16:30"))).isFalse();
        assertThat(hours.isOpen(at("2026-03-10T08:29"))).isFalse();
        assertThat(hours.isOpen(at("2026-03-14T10:00"))).isFalse();  // Saturday
    }

    @Test
    void nextOpeningSkipsTheWeekend() {
        assertThat(hours.nextOpening(at("2026-03-10T07:00"))).isEqualTo(zoned("2026-03-10T08:30"));
        assertThat(hours.nextOpening(at("2026-03-10T18:00"))).isEqualTo(zoned("2026-03-11T08:30"));
        assertThat(hours.nextOpening(at("2026-03-13T17:00"))).isEqualTo(zoned("2026-03-16T08:30"));
        assertThat(hours.nextOpening(at("2026-03-14T09:00"))).isEqualTo(zoned("2026-03-16T08:30"));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new OfficeHours(BANGKOK, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(17, 0),
                LocalTime.of(8, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    private static java.time.Instant at(String local) {
        return zoned(local).toInstant();
    }

    private static ZonedDateTime zoned(String local) {
        return java.time.LocalDateTime.parse(local).atZone(BANGKOK);
    }
}
