package th.sso.hotline.staff;

import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic credentials verified a moment ago, so a tool calling {@code /api/v1/ask} on every request pays for
 * one Argon2 check, not one per request. An entry is keyed by an HMAC of the Authorization header under a key
 * that lives only in this process: neither the password nor an unkeyed hash of it is kept. It remembers which
 * stored hash the credentials matched; it is dropped when the account's password changes, when the account is
 * disabled, locked or changed, and after a short time. The login form never uses it.
 */
@Singleton
public class VerifiedCredentials {

    private static final int AT_MOST = 1_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    /** The account the header was verified for, and the stored hash it matched. */
    public record Entry(long accountId, String username, String passwordHash, Instant verifiedAt) {
    }

    public VerifiedCredentials(StaffProperties properties, Clock clock) {
        this(properties.getCredentialCacheTtl(), clock);
    }

    VerifiedCredentials(Duration ttl, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The account these exact header bytes were verified for, while the entry is fresh. */
    public Optional<Entry> find(String authorizationHeader) {
        if (authorizationHeader == null || ttl.isZero()) {
            return Optional.empty();
        }
        String id = keyOf(authorizationHeader);
        Entry e = entries.get(id);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.verifiedAt().plus(ttl))) {
            entries.remove(id, e);
            return Optional.empty();
        }
        return Optional.of(e);
    }

    public void remember(String authorizationHeader, StaffAccount account) {
        if (authorizationHeader == null || ttl.isZero()) {
            return;
        }
        if (entries.size() >= AT_MOST) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.verifiedAt().plus(ttl)));
            if (entries.size() >= AT_MOST) {
                entries.clear();
            }
        }
        entries.put(keyOf(authorizationHeader),
                new Entry(account.id(), account.username(), account.passwordHash(), clock.instant()));
    }

    /** The account changed (password, role, disabled, locked, a wrong password): verify it afresh. */
    public void forget(long accountId) {
        entries.values().removeIf(e -> e.accountId() == accountId);
    }

    public void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    int size() {
        return entries.size();
    }

    private String keyOf(String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(header.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
