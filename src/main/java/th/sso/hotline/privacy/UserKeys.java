package th.sso.hotline.privacy;

import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** Replaces a LINE user id (or API conversation key) by a keyed hash, so logs never hold the id itself. */
@Singleton
public class UserKeys {

    private final SecretKeySpec key;

    public UserKeys(PrivacyKeys keys) {
        this.key = new SecretKeySpec(keys.userKey(), "HmacSHA256");
    }

    public String keyFor(String channel, String externalId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((channel + ":" + externalId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 24);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
