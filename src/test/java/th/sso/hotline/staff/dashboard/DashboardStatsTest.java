package th.sso.hotline.staff.dashboard;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DashboardStatsTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Test
    void perBangkokDayFiguresAndTopIntents() {
        LocalDate day1 = LocalDate.of(2026, 3, 9);
        LocalDate day2 = day1.plusDays(1);
        List<DashboardStats.Answer> answers = new ArrayList<>();
        // 23:30 Bangkok on day 1 is 16:30 UTC: it belongs to day 1, not day 2.
        answers.add(answer(1, Instant.parse("2026-03-09T16:30:00Z"), "unemployment", false, false, 100));
        answers.add(answer(1, Instant.parse("2026-03-09T03:00:00Z"), null, true, false, 300));
        answers.add(answer(2, Instant.parse("2026-03-09T04:00:00Z"), "maternity", false, false, 200));
        answers.add(answer(3, Instant.parse("2026-03-09T18:00:00Z"), "talk_to_staff", false, true, null));
        for (int i = 0; i < 20; i++) {
            answers.add(answer(10 + i, Instant.parse("2026-03-10T05:00:00Z"), "unemployment", false, false, 100 + i * 10));
        }
        DashboardStats.Summary s = DashboardStats.of(answers, day1, day2, BANGKOK, 2);

        assertThat(s.days()).extracting(DashboardStats.Day::turns).containsExactly(3, 21);
        DashboardStats.Day first = s.days().get(0);
        assertThat(first.containment()).isCloseTo(0.5, within(1e-9));
        assertThat(first.fallbackRate()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(first.p95LatencyMs()).isEqualTo(300);
        assertThat(s.days().get(1).p95LatencyMs()).isEqualTo(280); // nearest rank: the 19th of 20
        assertThat(s.topIntents()).containsExactly(java.util.Map.entry("unemployment", 21), java.util.Map.entry("maternity", 1));
        assertThat(s.turns()).isEqualTo(24);
        assertThat(s.conversations()).isEqualTo(23);
    }

    @Test
    void emptyRangeHasZeroesNotErrors() {
        DashboardStats.Summary s = DashboardStats.of(List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3), BANGKOK, 5);
        assertThat(s.days()).hasSize(3).allSatisfy(d -> assertThat(d.p95LatencyMs()).isNull());
        assertThat(s.containment()).isZero();
    }

    private static DashboardStats.Answer answer(long conv, Instant at, String intent, boolean fallback, boolean handoff,
                                                Integer latency) {
        return new DashboardStats.Answer(conv, at, intent, fallback, handoff, latency);
    }
}
