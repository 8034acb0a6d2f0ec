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

    /** Calls to the LINE API in flight at once (replies, pushes, loading animations); OkHttp's default is 5. */
    @Bindable(defaultValue = "64")
    int getMaxConcurrentCalls();

    @Bindable(defaultValue = "2000")
    int getQueueCapacity();

    /**
     * A claimed event whose worker stopped renewing its claim for this long (the process died) is taken over by
     * another worker or replica. The worker renews it every quarter of this while it works.
     */
    @Bindable(defaultValue = "20s")
    Duration getClaimLease();

    /** A worker stops renewing its claim after this long, so a stuck handler cannot hold an event forever. */
    @Bindable(defaultValue = "3m")
    Duration getMaxHold();

    /** Attempts at one event before it is given up as poison (FAILED, payload dropped). */
    @Bindable(defaultValue = "5")
    int getMaxAttempts();

    /** A safety bound only: replies are retried for as long as the reply window lasts. */
    @Bindable(defaultValue = "100")
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
