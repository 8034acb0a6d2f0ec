package th.sso.hotline.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

@ConfigurationProperties("hotline.staff")
public interface StaffProperties {

    /** Password of the first admin account, created when there is none; random (logged once) when empty. */
    @Bindable(defaultValue = "")
    String getAdminPassword();

    /** Wrong passwords in a row before an account is held back for {@link #getLockDuration()}. */
    @Bindable(defaultValue = "5")
    int getLockAfterFailures();

    /**
     * How long an account is held back after {@link #getLockAfterFailures()} misses. Short on purpose: anyone can
     * type wrong passwords for {@code admin}, so a long lock would let them keep staff out.
     */
    @Bindable(defaultValue = "1m")
    Duration getLockDuration();

    /** Failed logins from one client address before it has to wait; the wait doubles with each further miss. */
    @Bindable(defaultValue = "10")
    int getThrottleAfterFailures();

    /** The longest one client address is made to wait between attempts. */
    @Bindable(defaultValue = "5m")
    Duration getThrottleMaxDelay();

    /** Behind a proxy that sets X-Forwarded-For and X-Forwarded-Proto; otherwise both are ignored. */
    @Bindable(defaultValue = "false")
    boolean isTrustForwardedHeaders();

    /** Mark the session cookie Secure (and send HSTS) even when no proxy says the request came over TLS. */
    @Bindable(defaultValue = "false")
    boolean isSecureCookie();

    /**
     * How long verified HTTP Basic credentials are trusted without another Argon2 check (see VerifiedCredentials);
     * 0 turns the cache off.
     */
    @Bindable(defaultValue = "30s")
    Duration getCredentialCacheTtl();
}
