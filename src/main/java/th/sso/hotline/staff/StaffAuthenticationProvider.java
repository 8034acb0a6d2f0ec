package th.sso.hotline.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;


import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Checks staff credentials (HTTP Basic and the login form) against the accounts table. Every attempt that gets as
 * far as a password pays for one Argon2 check, whether the account exists, is locked or disabled, so the time
 * taken tells nothing about the account. Misses count against the client address (a growing wait, see
 * {@link LoginThrottle}) and against the account (a short lock; a lock that ran out starts the count afresh).
 */
@Singleton
class StaffAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    /** Set on a sign-in whose account must choose a new password first (see staff.web.PasswordChangeFilter). */
    static final String MUST_CHANGE_PASSWORD = StaffAccount.MUST_CHANGE_PASSWORD;

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final StaffProperties properties;
    private final LoginThrottle throttle;
    private final Clock clock;
    /** Checked against when there is no account, so an unknown name costs what a known one does. */
    private final String dummyHash;

    StaffAuthenticationProvider(StaffAccounts accounts, PasswordHasher hasher, StaffProperties properties,
                                LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.properties = properties;
        this.throttle = throttle;
        this.clock = clock;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.dummyHash = hasher.hash(Base64.getEncoder().encodeToString(random));
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> auth) {
        String address = request == null ? "unknown" : ClientAddress.of(request, properties.isTrustForwardedHeaders());
        String username = auth.getIdentity();
        if (throttle.mustWait(address)) {
            String known = username == null ? null : accounts.find(username).map(StaffAccount::username).orElse(null);
            return new StaffAuthenticationFailed(AuthenticationFailureReason.ACCOUNT_LOCKED, known);
        }
        String password = auth.getSecret();
        var account = username == null ? java.util.Optional.<StaffAccount>empty() : accounts.find(username);
        boolean matches = hasher.matches(password, account.map(StaffAccount::passwordHash).orElse(dummyHash));
        Instant now = clock.instant();
        if (account.isEmpty()) {
            throttle.failed(address);
            return new StaffAuthenticationFailed(AuthenticationFailureReason.USER_NOT_FOUND, null);
        }
        StaffAccount a = account.get();
        if (a.disabled()) {
            throttle.failed(address);
            return new StaffAuthenticationFailed(AuthenticationFailureReason.USER_DISABLED, a.username());
        }
        if (a.lockedUntil() != null && a.lockedUntil().isAfter(now)) {
            throttle.failed(address);
            return new StaffAuthenticationFailed(AuthenticationFailureReason.ACCOUNT_LOCKED, a.username());
        }
        if (!matches) {
            throttle.failed(address);
            accounts.recordFailure(username, properties.getLockAfterFailures(), now,
                    now.plus(properties.getLockDuration()));
            return new StaffAuthenticationFailed(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH, a.username());
        }
        throttle.succeeded(address);
        accounts.recordSuccess(username);
        Map<String, Object> attributes = a.mustChangePassword()
                ? Map.of("role", a.role().code(), MUST_CHANGE_PASSWORD, true)
                : Map.of("role", a.role().code());
        return AuthenticationResponse.success(a.username(), a.role().granted(), attributes);
    }
}
