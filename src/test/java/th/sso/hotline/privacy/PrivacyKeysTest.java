package th.sso.hotline.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys from the environment, a mounted file or the database, and rotation with a previous key. */
class PrivacyKeysTest {

    static final String KEY_A = Base64.getEncoder().encodeToString(filled(1));
    static final String KEY_B = Base64.getEncoder().encodeToString(filled(2));

    record Props(String getUserKeySecret, String getUserKeySecretFile, String getLineRefKey, String getLineRefKeyFile,
                 String getLineRefKeyPrevious, String getPayloadKey, String getPayloadKeyFile,
                 String getPayloadKeyPrevious, Duration getRetention) implements PrivacyProperties {
        @Override
        public Duration getMemoryTtl() {
            return Duration.ofMinutes(30);
        }
    }

    static Props props(String lineRef, String lineRefFile, String lineRefPrevious, String userKeyFile) {
        return new Props("", userKeyFile, lineRef, lineRefFile, lineRefPrevious, lineRef, lineRefFile, lineRefPrevious,
                Duration.ofDays(180));
    }

    /** A database whose every secret is zeros, recording which secrets were asked for. */
    static ServerSecrets zeroSecrets(List<String> asked) {
        return new ServerSecrets(null, java.time.Clock.systemUTC()) {
            @Override
            public byte[] getOrCreate(String name, int bytes) {
                asked.add(name);
                return new byte[bytes];
            }
        };
    }

    static ServerSecrets zeroSecrets() {
        return zeroSecrets(new ArrayList<>());
    }

    @Test
    void aKeyFromTheEnvironmentOrAFileKeepsTheDatabaseOutOfIt(@TempDir Path dir) throws IOException {
        List<String> asked = new ArrayList<>();
        Path file = dir.resolve("line-ref-key");
        Files.writeString(file, KEY_B + "\n");
        Path userKey = dir.resolve("user-key");
        Files.writeString(userKey, "a user key from a mounted secret\n");

        PrivacyKeys fromEnv = new PrivacyKeys(props(KEY_A, file.toString(), "", userKey.toString()), zeroSecrets(asked));
        assertThat(fromEnv.lineRefKeys()).singleElement().satisfies(k -> assertThat(k.getEncoded()).isEqualTo(filled(1)));
        PrivacyKeys fromFile = new PrivacyKeys(props("", file.toString(), "", userKey.toString()), zeroSecrets(asked));
        assertThat(fromFile.lineRefKeys().get(0).getEncoded()).isEqualTo(filled(2));
        assertThat(fromFile.payloadKeys().get(0).getEncoded()).isEqualTo(filled(2));
        assertThat(new String(fromFile.userKey(), StandardCharsets.UTF_8)).isEqualTo("a user key from a mounted secret");
        assertThat(asked).isEmpty();

        PrivacyKeys fromDatabase = new PrivacyKeys(props("", "", "", ""), zeroSecrets(asked));
        fromDatabase.lineRefKeys();
        fromDatabase.payloadKeys();
        fromDatabase.userKey();
        assertThat(asked).containsExactly("line-user-ref", "webhook-payload", "user-key");
    }

    @Test
    void aKeyOfTheWrongSizeOrNotBase64StopsTheStart() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new PrivacyKeys(props(short16, "", "", ""), zeroSecrets()).lineRefKeys())
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new PrivacyKeys(props("not base64!", "", "", ""), zeroSecrets()).payloadKeys())
                .hasMessageContaining("Base64");
        assertThatThrownBy(() -> new PrivacyKeys(props("", "/no/such/key-file", "", ""), zeroSecrets()).lineRefKeys())
                .hasMessageContaining("/no/such/key-file");
    }

    @Test
    void duringARotationTheNewKeyEncryptsAndTheOldOneStillDecrypts() {
        LineUserRefs before = new LineUserRefs(new PrivacyKeys(props(KEY_A, "", "", ""), zeroSecrets()));
        PayloadCipher payloadBefore = new PayloadCipher(new PrivacyKeys(props(KEY_A, "", "", ""), zeroSecrets()));
        String ref = before.encrypt("U0123456789abcdef0123456789abcdef", 7);
        String payload = payloadBefore.encrypt("{\"events\":[]}", "event-1");

        LineUserRefs rotating = new LineUserRefs(new PrivacyKeys(props(KEY_B, "", KEY_A, ""), zeroSecrets()));
        PayloadCipher payloadRotating = new PayloadCipher(new PrivacyKeys(props(KEY_B, "", KEY_A, ""), zeroSecrets()));
        assertThat(rotating.decrypt(ref, 7)).isEqualTo("U0123456789abcdef0123456789abcdef");
        assertThat(payloadRotating.decrypt(payload, "event-1")).isEqualTo("{\"events\":[]}");
        String newRef = rotating.encrypt("U0123456789abcdef0123456789abcdef", 7);
        assertThatThrownBy(() -> before.decrypt(newRef, 7)).isInstanceOf(IllegalArgumentException.class);

        LineUserRefs after = new LineUserRefs(new PrivacyKeys(props(KEY_B, "", "", ""), zeroSecrets()));
        assertThat(after.decrypt(newRef, 7)).isEqualTo("U0123456789abcdef0123456789abcdef");
        assertThatThrownBy(() -> after.decrypt(ref, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int value) {
        byte[] b = new byte[32];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }
}
