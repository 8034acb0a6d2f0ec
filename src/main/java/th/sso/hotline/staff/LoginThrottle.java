package th.sso.hotline.staff;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password guessing from one client address: after {@code throttle-after-failures} misses, each further
 * attempt must wait 1 s, 2 s, 4 s ... up to {@code throttle-max-delay} after the last miss; a success forgets the
 * address. Attempts made while waiting are refused without looking at the password. Kept per replica (a guesser
 * spread over replicas still meets each one's limit and the account's own short lock).
 */
@Singleton
public class LoginThrottle {

    private static final int REMEMBER_AT_MOST = 10_000;

    private record Misses(int count, Instant last) {
    }

    private final Map<String, Misses> misses = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Misses> eldest) {
            return size() > REMEMBER_AT_MOST;
        }
    };
    private final StaffProperties properties;
    private final Clock clock;

    public LoginThrottle(StaffProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** True while this address has to wait before its next attempt. */
    public synchronized boolean mustWait(String address) {
        Misses m = misses.get(address);
        if (m == null) {
            return false;
        }
        Duration delay = delay(m.count());
        Instant now = clock.instant();
        if (m.last().plus(properties.getThrottleMaxDelay()).plus(properties.getThrottleMaxDelay()).isBefore(now)) {
            misses.remove(address);
            return false;
        }
        return m.last().plus(delay).isAfter(now);
    }

    public synchronized void failed(String address) {
        Misses m = misses.get(address);
        misses.put(address, new Misses(m == null ? 1 : m.count() + 1, clock.instant()));
    }

    public synchronized void succeeded(String address) {
        misses.remove(address);
    }

    Duration delay(int count) {
        int over = count - properties.getThrottleAfterFailures();
        if (over < 0) {
            return Duration.ZERO;
        }
        Duration max = properties.getThrottleMaxDelay();
        Duration d = Duration.ofSeconds(1L << Math.min(over, 20));
        return d.compareTo(max) > 0 ? max : d;
    }
}
