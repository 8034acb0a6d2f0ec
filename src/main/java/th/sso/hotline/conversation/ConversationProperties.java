package th.sso.hotline.conversation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

@ConfigurationProperties("hotline.conversation")
public interface ConversationProperties {

    /** How long a previous topic stays the context for follow-up questions. */
    @Bindable(defaultValue = "15m")
    Duration getTopicTtl();
}
