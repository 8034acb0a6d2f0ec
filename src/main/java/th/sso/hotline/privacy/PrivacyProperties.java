package th.sso.hotline.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Privacy settings. The three keys can each come from the environment, from a mounted file ({@code *-file}, e.g. a
 * Kubernetes Secret volume), or, when neither is set, from a random key created once in the database; kept outside,
 * a copy of the database alone does not open the encrypted LINE references or tie hashes to LINE users. The AES
 * keys (32 random bytes, Base64) also take a previous key that still decrypts, so that they can be rotated while
 * replicas roll (docs/operations.md).
 */
@ConfigurationProperties("hotline.privacy")
public interface PrivacyProperties {

    /** HMAC key for user ids (any text, used as its UTF-8 bytes); empty means the file below or the database. */
    @Bindable(defaultValue = "")
    String getUserKeySecret();

    @Bindable(defaultValue = "")
    String getUserKeySecretFile();

    /** AES-256 key for the LINE user id kept while a handoff is open (Base64). */
    @Bindable(defaultValue = "")
    String getLineRefKey();

    @Bindable(defaultValue = "")
    String getLineRefKeyFile();

    /** The key before the current one: still decrypts, never encrypts. */
    @Bindable(defaultValue = "")
    String getLineRefKeyPrevious();

    /** AES-256 key for the raw webhook payload while it waits in the inbox (Base64). */
    @Bindable(defaultValue = "")
    String getPayloadKey();

    @Bindable(defaultValue = "")
    String getPayloadKeyFile();

    @Bindable(defaultValue = "")
    String getPayloadKeyPrevious();

    /** How long conversations, turns and finished webhook events are kept (PDPA storage limitation). */
    @Bindable(defaultValue = "180d")
    Duration getRetention();

    /**
     * How long a conversation remembers the facts given for a calculation (wage, months paid, ...) and the fact
     * just asked for; older memory is ignored and cleared by the retention sweep.
     */
    @Bindable(defaultValue = "30m")
    Duration getMemoryTtl();
}
