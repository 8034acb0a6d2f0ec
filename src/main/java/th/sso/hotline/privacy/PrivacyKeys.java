package th.sso.hotline.privacy;

import jakarta.inject.Singleton;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where each privacy key comes from, in this order: the value set in the environment, the file it names (read
 * once, surrounding whitespace dropped), else a random key created once in the database ({@link ServerSecrets}).
 * AES keys are 32 bytes given in Base64; a wrong length stops the start rather than weakening the cipher.
 */
@Singleton
public class PrivacyKeys {

    static final int AES_BYTES = 32;

    private final PrivacyProperties properties;
    private final ServerSecrets secrets;

    public PrivacyKeys(PrivacyProperties properties, ServerSecrets secrets) {
        this.properties = properties;
        this.secrets = secrets;
    }

    public byte[] userKey() {
        String given = given(properties.getUserKeySecret(), properties.getUserKeySecretFile());
        return given.isEmpty() ? secrets.getOrCreate("user-key", 32) : given.getBytes(StandardCharsets.UTF_8);
    }

    /** The current key first (encrypts and decrypts), then the previous one if set (decrypts only). */
    public List<SecretKeySpec> lineRefKeys() {
        return aes("line-user-ref", properties.getLineRefKey(), properties.getLineRefKeyFile(),
                properties.getLineRefKeyPrevious());
    }

    public List<SecretKeySpec> payloadKeys() {
        return aes("webhook-payload", properties.getPayloadKey(), properties.getPayloadKeyFile(),
                properties.getPayloadKeyPrevious());
    }

    private List<SecretKeySpec> aes(String name, String value, String file, String previous) {
        List<SecretKeySpec> keys = new ArrayList<>();
        String given = given(value, file);
        keys.add(new SecretKeySpec(given.isEmpty() ? secrets.getOrCreate(name, AES_BYTES) : decode(name, given), "AES"));
        if (previous != null && !previous.isBlank()) {
            keys.add(new SecretKeySpec(decode(name + " (previous)", previous.strip()), "AES"));
        }
        return List.copyOf(keys);
    }

    private static String given(String value, String file) {
        if (value != null && !value.isBlank()) {
            return value.strip();
        }
        if (file != null && !file.isBlank()) {
            try {
                return Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the key file " + file, e);
            }
        }
        return "";
    }

    private static byte[] decode(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the " + name + " key is not Base64 (openssl rand -base64 32)");
        }
        if (key.length != AES_BYTES) {
            throw new IllegalStateException("the " + name + " key must be 32 bytes, not " + key.length);
        }
        return key;
    }
}
