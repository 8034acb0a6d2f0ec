package th.sso.hotline.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;

/** Checks staff credentials (HTTP Basic and the login form) against the accounts table, with lock-out. */
@Singleton
class StaffAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final StaffProperties properties;

    StaffAuthenticationProvider(StaffAccounts accounts, PasswordHasher hasher, StaffProperties properties) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.properties = properties;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> auth) {
        String username = auth.getIdentity();
        var account = accounts.find(username);
        if (account.isEmpty()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        StaffAccount a = account.get();
        if (a.disabled()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        if (a.lockedUntil() != null && a.lockedUntil().isAfter(Instant.now())) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
        if (!hasher.matches(auth.getSecret(), a.passwordHash())) {
            accounts.recordFailure(username, properties.getLockAfterFailures(),
                    Instant.now().plus(properties.getLockDuration()));
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        accounts.recordSuccess(username);
        return AuthenticationResponse.success(a.username(), a.role().granted(), Map.of("role", a.role().code()));
    }
}
