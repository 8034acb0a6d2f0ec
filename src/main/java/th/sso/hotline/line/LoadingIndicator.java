package th.sso.hotline.line;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Shows LINE's typing animation in a 1:1 chat when an answer takes longer than a moment. */
@Singleton
public class LoadingIndicator {

    private final MessagingApiClient client;
    private final ScheduledExecutorService scheduler;
    private final LineProperties properties;
    private final Clock clock;

    public LoadingIndicator(MessagingApiClient client, @Named(TaskExecutors.SCHEDULED) ExecutorService scheduler,
                            LineProperties properties, Clock clock) {
        this.clock = clock;
        this.client = client;
        this.scheduler = (ScheduledExecutorService) scheduler;
        this.properties = properties;
    }

    public ScheduledFuture<?> showAfterDelay(String userId, Instant deadline) {
        Duration delay = properties.getLoadingIndicatorAfter();
        return scheduler.schedule(() -> {
            long seconds = Math.max(5, Math.min(60, Duration.between(clock.instant(), deadline).toSeconds()));
            // The animation is a courtesy: a failure to show it must not affect the answer.
            client.showLoadingAnimation(new ShowLoadingAnimationRequest.Builder(userId)
                    .loadingSeconds((int) (seconds - seconds % 5)).build()).exceptionally(e -> null);
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
