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
 * Encrypts the LINE user id (AES-256-GCM, key from a server secret) for the only time it is kept: while a
 * handoff is open, so an agent's reply can be pushed. The conversation id is bound in as associated data,
 * so a reference copied to another conversation does not decrypt.
 */
@Singleton
public class LineUserRefs {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final List<SecretKeySpec> keys;
    private final SecureRandom random = new SecureRandom();

    public LineUserRefs(PrivacyKeys keys) {
        this.keys = keys.lineRefKeys();
    }

    public String encrypt(String lineUserId, long conversationId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(0), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(conversationId));
            byte[] sealed = cipher.doFinal(lineUserId.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The LINE user id, or an exception when the reference was altered or belongs to another conversation. */
    public String decrypt(String ref, long conversationId) {
        if (ref == null || !ref.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a LINE user reference");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(ref.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("LINE user reference does not decrypt", e);
        }
        GeneralSecurityException last = null;
        for (SecretKeySpec key : keys) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
                cipher.updateAAD(aad(conversationId));
                return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new IllegalArgumentException("LINE user reference does not decrypt", last);
    }

    private static byte[] aad(long conversationId) {
        return ("conversation:" + conversationId).getBytes(StandardCharsets.UTF_8);
    }
}
