package th.sso.hotline.staff;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;


import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Checks staff credentials (HTTP Basic and the login form) against the accounts table. Every attempt that gets as
 * far as a password pays for one Argon2 check, whether the account exists, is locked or disabled, so the time
 * taken tells nothing about the account. Misses count against the client address (a growing wait, see
 * {@link LoginThrottle}) and against the account (a short lock; a lock that ran out starts the count afresh).
 * HTTP Basic credentials used again within a short time skip the Argon2 check ({@link VerifiedCredentials}) as long
 * as the account row still holds the hash they matched and is neither disabled nor locked.
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
    private final VerifiedCredentials verified;
    /** Checked against when there is no account, so an unknown name costs what a known one does. Hashed off the
     * start-up path (one Argon2 hash is a noticeable part of a restart on two cores) and long done by the first login. */
    private final CompletableFuture<String> dummyHash;

    StaffAuthenticationProvider(StaffAccounts accounts, PasswordHasher hasher, StaffProperties properties,
                                LoginThrottle throttle, Clock clock, VerifiedCredentials verified) {
        this.verified = verified;
        this.accounts = accounts;
        this.hasher = hasher;
        this.properties = properties;
        this.throttle = throttle;
        this.clock = clock;
        this.dummyHash = CompletableFuture.supplyAsync(() -> {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            return hasher.hash(Base64.getEncoder().encodeToString(random));
        });
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
        String basic = basicHeader(request, username, password);
        Instant now = clock.instant();
        if (basic != null) {
            var cached = verified.find(basic)
                    .flatMap(e -> accounts.find(e.username())
                            // The row as it is now: a password changed, disabled or locked on any replica.
                            .filter(a -> a.id() == e.accountId() && a.passwordHash().equals(e.passwordHash())
                                    && !a.disabled() && (a.lockedUntil() == null || !a.lockedUntil().isAfter(now))));
            if (cached.isPresent()) {
                return success(cached.get());
            }
        }
        var account = username == null ? java.util.Optional.<StaffAccount>empty() : accounts.find(username);
        boolean matches = hasher.matches(password, account.map(StaffAccount::passwordHash).orElseGet(dummyHash::join));
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
        if (a.failedLogins() > 0 || a.lockedUntil() != null) {
            accounts.recordSuccess(username);
        }
        if (basic != null) {
            verified.remember(basic, a);
        }
        return success(a);
    }

    private static AuthenticationResponse success(StaffAccount a) {
        Map<String, Object> attributes = a.mustChangePassword()
                ? Map.of("role", a.role().code(), MUST_CHANGE_PASSWORD, true)
                : Map.of("role", a.role().code());
        return AuthenticationResponse.success(a.username(), a.role().granted(), attributes);
    }

    /**
     * The Authorization header when these credentials came from HTTP Basic (its user and password exactly), else
     * null: the login form is always checked in full.
     */
    static String basicHeader(HttpRequest<?> request, String username, String password) {
        if (request == null || username == null || password == null) {
            return null;
        }
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.equals(username + ":" + password) ? header : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
