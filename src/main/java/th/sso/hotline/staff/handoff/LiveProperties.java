package th.sso.hotline.staff.handoff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** The live desk's server-sent events. */
@ConfigurationProperties("hotline.console.live")
public interface LiveProperties {

    /** How often each replica reads the database for new turns and queue changes (only while someone listens). */
    @Bindable(defaultValue = "1s")
    Duration getPollInterval();

    /** A stream ends after this long and the browser reconnects, so no connection lives forever behind a proxy. */
    @Bindable(defaultValue = "10m")
    Duration getStreamMax();

    /** A comment-like ping this often keeps idle streams open through proxies. */
    @Bindable(defaultValue = "20s")
    Duration getHeartbeat();
}
