package th.sso.hotline.staff;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.sso.hotline.staff.db.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Verified HTTP Basic credentials are reused briefly, and never after the account changed. */
class BasicCredentialCacheTest {

    private final TestDatabase db = TestDatabase.h2();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofSeconds(30), clock);
    private final StaffAccounts accounts = new StaffAccounts(db.jdbi(), verified, java.time.Clock.systemUTC());
    private final PasswordHasher hasher = new PasswordHasher();
    private final StaffAuthenticationProvider<Object> provider = new StaffAuthenticationProvider<>(accounts, hasher,
            properties(), new LoginThrottle(properties(), clock), clock, verified);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void aCredentialUsedAgainIsRememberedUnderAKeyedHashOfTheHeaderOnly() {
        accounts.create("agent1", hasher.hash("first-password"), Role.AGENT);
        assertThat(basic("agent1", "first-password").isAuthenticated()).isTrue();
        assertThat(verified.size()).isEqualTo(1);
        assertThat(verified.find(header("agent1", "first-password"))).isPresent();
        assertThat(verified.find(header("agent1", "first-password-x"))).isEmpty();
        assertThat(basic("agent1", "first-password").isAuthenticated()).isTrue();
        // The wrong password is never taken from the cache.
        assertThat(basic("agent1", "wrong-password").isAuthenticated()).isFalse();
    }

    @Test
    void aNewPasswordDropsTheEntryAndTheOldPasswordFails() {
        accounts.create("agent1", hasher.hash("first-password"), Role.AGENT);
        long id = accounts.find("agent1").orElseThrow().id();
        assertThat(basic("agent1", "first-password").isAuthenticated()).isTrue();
        accounts.setPassword(id, hasher.hash("second-password"));
        assertThat(verified.size()).isZero();
        assertThat(basic("agent1", "first-password").isAuthenticated()).isFalse();
        assertThat(basic("agent1", "second-password").isAuthenticated()).isTrue();
    }

    @Test
    void aPasswordChangedOnAnotherReplicaIsNotAcceptedFromTheCache() {
        accounts.create("agent1", hasher.hash("first-password"), Role.AGENT);
        long id = accounts.find("agent1").orElseThrow().id();
        assertThat(basic("agent1", "first-password").isAuthenticated()).isTrue();
        new StaffAccounts(db.jdbi()).setPassword(id, hasher.hash("second-password"));
        assertThat(verified.size()).isEqualTo(1);
        assertThat(basic("agent1", "first-password").isAuthenticated()).isFalse();
    }

    @Test
    void disablingTheAccountDropsTheEntry() {
        accounts.create("agent1", hasher.hash("first-password"), Role.AGENT);
        long id = accounts.find("agent1").orElseThrow().id();
        assertThat(basic("agent1", "first-password").isAuthenticated()).isTrue();
        accounts.setDisabled(id, true);
        assertThat(verified.size()).isZero();
        assertThat(basic("agent1", "first-password").isAuthenticated()).isFalse();
    }

    @Test
    void aLockedAccountIsNotLetInFromTheCache() {
        accounts.create("agent1", hasher.hash("first-password"), Role.AGENT);
        assertThat(basic("agent1", "first-password").isAuthenticated()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(basic("agent1", "wrong-password-" + i).isAuthenticated()).isFalse();
        }
        assertThat(verified.size()).isZero();
        assertThat(accounts.find("agent1").orElseThrow().lockedUntil()).isAfter(clock.instant());
        assertThat(basic("agent1", "first-password").isAuthenticated()).isFalse();
    }

    @Test
    void anEntryExpires() {
        accounts.create("agent1", hasher.hash("first-password"), Role.AGENT);
        assertThat(basic("agent1", "first-password").isAuthenticated()).isTrue();
        clock.advance(Duration.ofSeconds(31));
        assertThat(verified.find(header("agent1", "first-password"))).isEmpty();
    }

    @Test
    void theLoginFormIsNeverCached() {
        accounts.create("agent1", hasher.hash("first-password"), Role.AGENT);
        HttpRequest<Object> form = HttpRequest.POST("/login", null);
        assertThat(provider.authenticate(form, new UsernamePasswordCredentials("agent1", "first-password"))
                .isAuthenticated()).isTrue();
        assertThat(verified.size()).isZero();
        // A Basic header that is not these credentials is not a key for them.
        HttpRequest<Object> mixed = HttpRequest.POST("/login", null).header(HttpHeaders.AUTHORIZATION, header("other", "x"));
        assertThat(provider.authenticate(mixed, new UsernamePasswordCredentials("agent1", "first-password"))
                .isAuthenticated()).isTrue();
        assertThat(verified.size()).isZero();
    }

    private AuthenticationResponse basic(String user, String password) {
        HttpRequest<Object> request = HttpRequest.POST("/api/v1/ask", null).header(HttpHeaders.AUTHORIZATION, header(user, password));
        AuthenticationRequest<String, String> auth = new UsernamePasswordCredentials(user, password);
        return provider.authenticate(request, auth);
    }

    private static String header(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static StaffProperties properties() {
        return new StaffProperties() {
            @Override public String getAdminPassword() { return ""; }
            @Override public int getLockAfterFailures() { return 5; }
            @Override public Duration getLockDuration() { return Duration.ofMinutes(1); }
            @Override public int getThrottleAfterFailures() { return 100; }
            @Override public Duration getThrottleMaxDelay() { return Duration.ofMinutes(5); }
            @Override public boolean isTrustForwardedHeaders() { return false; }
            @Override public boolean isSecureCookie() { return false; }
            @Override public Duration getCredentialCacheTtl() { return Duration.ofSeconds(30); }
        };
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
