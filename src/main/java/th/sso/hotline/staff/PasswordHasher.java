package th.sso.hotline.staff;

import com.password4j.Password;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Argon2id password hashes (Password4j; parameters in psw4j.properties). Tools call the API with HTTP Basic
 * on every request, so a successful check of a (password, stored hash) pair is remembered for a minute:
 * only a SHA-256 of the pair is kept, and a changed hash (password reset) never matches it.
 */
@Singleton
public class PasswordHasher {

    private static final long REMEMBER_MILLIS = 60_000;
    private static final int REMEMBER_AT_MOST = 256;

    private final Map<String, Long> recentlyVerified = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > REMEMBER_AT_MOST;
                }
            });

    public String hash(String password) {
        return Password.hash(password).addRandomSalt().withArgon2().getResult();
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        String key = digest(password + "\u0000" + hash);
        Long verifiedAt = recentlyVerified.get(key);
        long now = System.currentTimeMillis();
        if (verifiedAt != null && now - verifiedAt < REMEMBER_MILLIS) {
            return true;
        }
        boolean ok = Password.check(password, hash).withArgon2();
        if (ok) {
            recentlyVerified.put(key, now);
        }
        return ok;
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
