package th.sso.hotline.line;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): either a number of seconds or an HTTP-date.
 * A value that is neither, negative, or absurdly far away falls back to the caller's own backoff.
 */
final class RetryAfter {

    private static final Duration LONGEST = Duration.ofMinutes(10);

    private RetryAfter() {
    }

    static Duration parse(String header, Instant now, Duration fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        String value = header.trim();
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                if (wait.isNegative()) {
                    wait = Duration.ZERO;
                }
            } catch (DateTimeParseException notADate) {
                return fallback;
            }
        }
        return wait.isNegative() || wait.compareTo(LONGEST) > 0 ? fallback : wait;
    }
}
