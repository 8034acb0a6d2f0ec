package th.sso.hotline.line;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.sso.hotline.dialogue.ReplyComposer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Sends replies and pushes through the SDK client. Transient failures (5xx, 429, timeouts) are retried with
 * backoff while the reply token is still valid; other 4xx answers are final and their reason is kept.
 */
@Singleton
public class ReplySender {

    private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);
    private static final Duration PUSH_RETRY_WINDOW = Duration.ofMinutes(2);

    private final MessagingApiClient client;
    private final LineProperties properties;
    private final Clock clock;

    public ReplySender(MessagingApiClient client, LineProperties properties, Clock clock) {
        this.clock = clock;
        this.client = client;
        this.properties = properties;
    }

    /**
     * Replies with the token, retrying transient failures until {@code deadline} (the end of the reply window).
     * Ends {@link DeliveryResult.Status#EXPIRED} when the window ran out without LINE taking the reply, and
     * {@link DeliveryResult.Status#UNKNOWN} when LINE refused the token as used after an attempt that may have got
     * through (a timeout or a lost connection): the answer is then most likely delivered, and is never sent again.
     */
    public DeliveryResult reply(String replyToken, List<Message> messages, Instant deadline) {
        if (replyToken == null || replyToken.isBlank()) {
            return DeliveryResult.failed("event has no reply token");
        }
        ReplyMessageRequest request = new ReplyMessageRequest.Builder(replyToken, ReplyComposer.atMost(messages)).build();
        return withRetries(() -> client.replyMessage(request), deadline, true);
    }

    /** A push with a retry key, so that a retried push is delivered at most once. */
    public DeliveryResult push(String to, List<Message> messages, UUID retryKey) {
        PushMessageRequest request = new PushMessageRequest.Builder(to, ReplyComposer.atMost(messages)).build();
        DeliveryResult r = withRetries(() -> client.pushMessage(retryKey, request), clock.instant().plus(PUSH_RETRY_WINDOW), false);
        return r.status() == DeliveryResult.Status.EXPIRED ? DeliveryResult.failed(r.error()) : r;
    }

    private DeliveryResult withRetries(Supplier<CompletableFuture<?>> call, Instant deadline, boolean replyToken) {
        Duration backoff = properties.getRetryInitialBackoff();
        String lastError = "not sent";
        boolean mayHaveArrived = false;
        for (int attempt = 1; attempt <= properties.getRetryMaxAttempts(); attempt++) {
            Duration wait;
            try {
                call.get().get(properties.getReadTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
                return DeliveryResult.sent();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (!(cause instanceof AbstractLineClientException lce)) {
                    // A timeout or a broken connection: LINE may have taken the request.
                    lastError = "I/O: " + cause.getClass().getSimpleName();
                    mayHaveArrived = true;
                    wait = backoff;
                } else {
                    int code = lce.getCode();
                    lastError = code + " " + reason(lce);
                    if (code == 409 && lce.getHeader("X-Line-Accepted-Request-Id") != null) {
                        return DeliveryResult.sent();
                    }
                    if (code == 429) {
                        wait = retryAfter(lce, backoff);
                    } else if (code >= 500) {
                        wait = backoff;
                    } else if (replyToken && code == 400 && invalidReplyToken(lce)) {
                        // Replies are only tried within the reply window, so a refused token was used: by an
                        // earlier attempt whose answer was lost, or by a process that died after sending.
                        return DeliveryResult.unknown(lastError);
                    } else {
                        return DeliveryResult.failed(lastError);
                    }
                }
            } catch (TimeoutException e) {
                lastError = "timeout";
                mayHaveArrived = true;
                wait = backoff;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DeliveryResult.failed("interrupted");
            }
            Duration jittered = wait.plusMillis(ThreadLocalRandom.current().nextLong(Math.max(1, wait.toMillis() / 4)));
            if (clock.instant().plus(jittered).isAfter(deadline)) {
                break;
            }
            LOG.info("LINE call failed ({}), retry {} in {} ms", lastError, attempt, jittered.toMillis());
            sleep(jittered);
            backoff = min(backoff.multipliedBy(2), properties.getRetryMaxBackoff());
        }
        // The window is over. A request that may have arrived is not repeated in another form (a push).
        return mayHaveArrived ? DeliveryResult.unknown(lastError) : DeliveryResult.expired(lastError);
    }

    /** LINE's answer to a reply token that expired or was used already. */
    private static boolean invalidReplyToken(AbstractLineClientException e) {
        String reason = reason(e);
        return reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("invalid reply token");
    }

    private Duration retryAfter(AbstractLineClientException e, Duration fallback) {
        return RetryAfter.parse(e.getHeader("Retry-After"), clock.instant(), fallback);
    }

    private static String reason(AbstractLineClientException e) {
        if (e instanceof MessagingApiClientException m && m.getError() != null) {
            return m.getError();
        }
        return e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
