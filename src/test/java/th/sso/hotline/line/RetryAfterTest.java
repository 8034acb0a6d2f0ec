package th.sso.hotline.line;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final Duration BACKOFF = Duration.ofMillis(700);

    @Test
    void secondsAreTakenAsTheyAre() {
        assertThat(RetryAfter.parse("3", NOW, BACKOFF)).isEqualTo(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse(" 0 ", NOW, BACKOFF)).isEqualTo(Duration.ZERO);
    }

    @Test
    void anHttpDateBecomesTheTimeLeftUntilIt() {
        assertThat(RetryAfter.parse("Thu, 03 Dec 2026 08:00:07 GMT", NOW, BACKOFF)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Thu, 03 Dec 2026 07:59:00 GMT", NOW, BACKOFF)).isEqualTo(Duration.ZERO);
    }

    @Test
    void nonsenseNegativeOrFarAwayValuesFallBackToOurOwnBackoff() {
        assertThat(RetryAfter.parse(null, NOW, BACKOFF)).isEqualTo(BACKOFF);
        assertThat(RetryAfter.parse("soon", NOW, BACKOFF)).isEqualTo(BACKOFF);
        assertThat(RetryAfter.parse("-5", NOW, BACKOFF)).isEqualTo(BACKOFF);
        assertThat(RetryAfter.parse("86400", NOW, BACKOFF)).isEqualTo(BACKOFF);
        assertThat(RetryAfter.parse("Fri, 04 Dec 2026 08:00:00 GMT", NOW, BACKOFF)).isEqualTo(BACKOFF);
    }
}
