package th.sso.hotline.line;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

@ConfigurationProperties("line")
public interface LineProperties {

    @Bindable(defaultValue = "")
    String getChannelSecret();

    @Bindable(defaultValue = "")
    String getChannelAccessToken();

    @Bindable(defaultValue = "https://api.line.me")
    String getApiBaseUrl();

    /** How long after an event its reply token is still used. */
    @Bindable(defaultValue = "50s")
    Duration getReplyWindow();

    /** Push the answer when the reply token has expired (billed by LINE, so off by default). */
    @Bindable(defaultValue = "false")
    boolean isPushWhenExpired();

    @Bindable(defaultValue = "700ms")
    Duration getLoadingIndicatorAfter();

    @Bindable(defaultValue = "8")
    int getWorkers();

    @Bindable(defaultValue = "2000")
    int getQueueCapacity();

    /** A claimed event not finished within this time is taken over by another worker or replica. */
    @Bindable(defaultValue = "2m")
    Duration getClaimLease();

    @Bindable(defaultValue = "5s")
    Duration getSweepInterval();

    @Bindable(defaultValue = "4")
    int getRetryMaxAttempts();

    @Bindable(defaultValue = "300ms")
    Duration getRetryInitialBackoff();

    @Bindable(defaultValue = "5s")
    Duration getRetryMaxBackoff();

    @Bindable(defaultValue = "3s")
    Duration getConnectTimeout();

    @Bindable(defaultValue = "10s")
    Duration getReadTimeout();
}
