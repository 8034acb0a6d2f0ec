package th.sso.hotline.staff.handoff;

import org.junit.jupiter.api.Test;
import th.sso.hotline.conversation.HandoffProperties;
import th.sso.hotline.conversation.OfficeHours;
import th.sso.hotline.conversation.HandoffRepository;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff queue's timeout counts office hours, not wall-clock hours (a fixed clock over a weekend). */
class QueueTimeoutTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private final OfficeHours hours = new OfficeHours(BANGKOK, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(8, 30), LocalTime.of(16, 30));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BANGKOK).toInstant();
    }

    private static HandoffProperties properties(Duration queueTimeout) {
        return new HandoffProperties() {
            @Override public Duration getIdleTimeout() { return Duration.ofMinutes(30); }
            @Override public Duration getQueueTimeout() { return queueTimeout; }
            @Override public String getOfficeHoursZone() { return "Asia/Bangkok"; }
            @Override public List<DayOfWeek> getOfficeHoursDays() { return List.of(DayOfWeek.values()); }
            @Override public String getOfficeHoursOpens() { return "08:30"; }
            @Override public String getOfficeHoursCloses() { return "16:30"; }
        };
    }

    @Test
    void officeTimeBetweenSkipsNightsAndTheWeekend() {
        assertThat(hours.openBetween(at("2026-03-13T18:00"), at("2026-03-14T12:00"))).isZero();  // Fri evening to Sat
        assertThat(hours.openBetween(at("2026-03-13T18:00"), at("2026-03-16T10:30"))).isEqualTo(Duration.ofHours(2));
        assertThat(hours.openBetween(at("2026-03-13T15:30"), at("2026-03-16T09:30"))).isEqualTo(Duration.ofHours(2));
        assertThat(hours.openBetween(at("2026-03-10T08:00"), at("2026-03-11T08:00"))).isEqualTo(Duration.ofHours(8));
        assertThat(hours.openBetween(at("2026-03-16T10:00"), at("2026-03-13T10:00"))).isZero();
    }

    @Test
    void aRequestFromFridayEveningIsStillQueuedOnMonday() {
        Instant friday = at("2026-03-13T18:00");
        HandoffRepository.Open queued = new HandoffRepository.Open(7, "line", "QUEUED", null, friday, "summary",
                friday, true);
        for (String local : List.of("2026-03-14T10:00", "2026-03-15T20:00", "2026-03-16T08:00", "2026-03-16T16:00")) {
            Clock clock = Clock.fixed(at(local), BANGKOK);
            HandoffTimeouts timeouts = new HandoffTimeouts(null, null, properties(Duration.ofHours(8)), hours, clock);
            assertThat(timeouts.due(queued, clock.instant())).as(local).isFalse();
        }
        Clock tuesday = Clock.fixed(at("2026-03-17T09:00"), BANGKOK);
        assertThat(new HandoffTimeouts(null, null, properties(Duration.ofHours(8)), hours, tuesday)
                .due(queued, tuesday.instant())).isTrue();
    }

    @Test
    void aHeldChatStillGoesBackAfterItsIdleTimeInWallClockTime() {
        Instant saturday = at("2026-03-14T10:00");
        HandoffRepository.Open held = new HandoffRepository.Open(8, "line", "AGENT", "anna", saturday, "summary",
                saturday, true);
        HandoffTimeouts timeouts = new HandoffTimeouts(null, null, properties(Duration.ofHours(8)), hours,
                Clock.fixed(saturday, BANGKOK));
        assertThat(timeouts.due(held, saturday.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(timeouts.due(held, saturday.plus(Duration.ofMinutes(31)))).isTrue();
    }
}
