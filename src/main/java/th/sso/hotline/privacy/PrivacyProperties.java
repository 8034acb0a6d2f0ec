package th.sso.hotline.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

@ConfigurationProperties("hotline.privacy")
public interface PrivacyProperties {

    /** HMAC key for user ids; empty means a key generated once and kept in the database. */
    @Bindable(defaultValue = "")
    String getUserKeySecret();

    /** How long conversations, turns and finished webhook events are kept (PDPA storage limitation). */
    @Bindable(defaultValue = "180d")
    Duration getRetention();
}
