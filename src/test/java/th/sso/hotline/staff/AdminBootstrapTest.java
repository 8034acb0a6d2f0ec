package th.sso.hotline.staff;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.sso.hotline.staff.db.TestDatabase;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AdminBootstrapTest {

    private final TestDatabase db = TestDatabase.h2();
    private final StaffAccounts accounts = new StaffAccounts(db.jdbi());
    private final PasswordHasher hasher = new PasswordHasher();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static StaffProperties withAdminPassword(String password) {
        return new StaffProperties() {
            @Override public String getAdminPassword() { return password; }
            @Override public int getLockAfterFailures() { return 5; }
            @Override public Duration getLockDuration() { return Duration.ofMinutes(1); }
            @Override public int getThrottleAfterFailures() { return 10; }
            @Override public Duration getThrottleMaxDelay() { return Duration.ofMinutes(5); }
            @Override public boolean isTrustForwardedHeaders() { return false; }
            @Override public boolean isSecureCookie() { return false; }
            @Override public Duration getCredentialCacheTtl() { return Duration.ofSeconds(30); }
        };
    }

    @Test
    void aShortAdminPasswordStillStartsSoTrialScriptsWork() {
        new AdminBootstrap(accounts, hasher, withAdminPassword("perf-pw")).onStartup(null);
        StaffAccount admin = accounts.find("admin").orElseThrow();
        assertThat(hasher.matches("perf-pw", admin.passwordHash())).isTrue();
        assertThat(admin.mustChangePassword()).isFalse();
    }

    @Test
    void aGeneratedPasswordMustBeChangedAtFirstSignIn() {
        new AdminBootstrap(accounts, hasher, withAdminPassword("")).onStartup(null);
        assertThat(accounts.find("admin").orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void aChosenPasswordOfTheRightLengthIsKept() {
        new AdminBootstrap(accounts, hasher, withAdminPassword("long-enough-1")).onStartup(null);
        StaffAccount admin = accounts.find("admin").orElseThrow();
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(hasher.matches("long-enough-1", admin.passwordHash())).isTrue();
    }
}
