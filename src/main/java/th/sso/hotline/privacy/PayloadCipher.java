package th.sso.hotline.privacy;

import jakarta.inject.Singleton;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Encrypts a raw webhook event (which holds the citizen's message and LINE user id) for the short time it waits
 * in the inbox: AES-256-GCM with a key kept as a server secret shared by the replicas, the event id bound in as
 * associated data so that a payload copied to another row does not decrypt. Nothing personal is then at rest in
 * plain text, not even in old row versions, WAL or backups.
 */
@Singleton
public class PayloadCipher {

    public static final String VERSION = "g1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PrivacyKeys source;
    private final SecureRandom random = new SecureRandom();
    private volatile List<SecretKeySpec> keys;

    public PayloadCipher(PrivacyKeys source) {
        this.source = source;
    }

    /**
     * Read on first use, so that a database that is down at start-up does not break the webhook's bean. The first
     * key encrypts; every key is tried to decrypt (the previous one during a rotation).
     */
    private List<SecretKeySpec> keys() {
        List<SecretKeySpec> k = keys;
        if (k == null) {
            k = source.payloadKeys();
            keys = k;
        }
        return k;
    }

    public String encrypt(String plain, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys().get(0), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The plain payload; a payload stored before encryption was introduced is returned as it is. */
    public String decrypt(String stored, String context) {
        if (stored == null || !stored.startsWith(VERSION)) {
            return stored;
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("stored payload does not decrypt");
        }
        for (SecretKeySpec key : keys()) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
                cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
                return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                // the next key, if any
            }
        }
        throw new IllegalArgumentException("stored payload does not decrypt");
    }
}
