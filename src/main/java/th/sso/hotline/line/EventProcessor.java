package th.sso.hotline.line;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.webhook.model.Event;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.sso.hotline.conversation.ChatOutcome;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.privacy.PayloadCipher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Handles one inbox event exactly once: claims it, works out the reply, sends it while the reply token is
 * valid (or records it as undelivered for staff), and records the outcome.
 */
@Singleton
public class EventProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(EventProcessor.class);

    /** Renews the claims of the events being handled; one per processor, stopped with it. */
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "inbox-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private final String workerId;
    private final ObjectMapper mapper = ModelObjectMapper.createNewObjectMapper();
    private final WebhookInbox inbox;
    private final EventRouter router;
    private final ReplySender sender;
    private final ChatService chat;
    private final LineProperties properties;
    private final MeterRegistry meters;
    private final PayloadCipher payloads;
    private final Clock clock;

    public EventProcessor(WebhookInbox inbox, EventRouter router, ReplySender sender, ChatService chat,
                          LineProperties properties, MeterRegistry meters, PayloadCipher payloads, ReplicaWorker worker,
                          Clock clock) {
        this.workerId = worker.id();
        this.payloads = payloads;
        this.clock = clock;
        this.inbox = inbox;
        this.router = router;
        this.sender = sender;
        this.chat = chat;
        this.properties = properties;
        this.meters = meters;
    }

    /** Never throws: whatever happens to one event, the worker thread lives on. */
    public void process(String eventId) {
        Instant now = clock.instant();
        int attempt;
        InboxEvent stored;
        try {
            WebhookInbox.Claimed claimed = inbox.claimAndLoad(eventId, workerId, now, now.minus(properties.getClaimLease()));
            attempt = claimed.attempt();
            stored = claimed.event();
        } catch (RuntimeException e) {
            // The database is unavailable: the event stays where it is and the sweep tries again.
            LOG.warn("event {} could not be claimed ({}); left for the sweep", eventId, e.getClass().getSimpleName());
            return;
        }
        if (attempt == 0) {
            return;
        }
        if (attempt > properties.getMaxAttempts()) {
            poison(eventId, attempt);
            return;
        }
        Stage stage = new Stage();
        ScheduledFuture<?> heartbeat = startHeartbeat(eventId);
        try {
            handle(stored, null, now, stage);
        } catch (Throwable t) {
            failed(eventId, attempt, stage, t);
        } finally {
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
        }
    }

    /**
     * Handles an event this replica stored already claimed (attempt 1), from memory: no claim or load round trip.
     * An event that waited in the queue for half its lease first renews the claim, and is left alone when
     * another worker, or the sweep of this replica, has taken it over meanwhile (with the queue newest first, a
     * stale event can wait past its lease under a surge).
     */
    public void processClaimed(InboxEvent stored, String json, Instant claimedAt) {
        Instant now = clock.instant();
        try {
            if (now.isAfter(claimedAt.plus(properties.getClaimLease().dividedBy(2)))
                    && !inbox.renewFirstClaim(stored.eventId(), workerId, now)) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.warn("event {} could not be renewed ({}); left for the sweep", stored.eventId(), e.getClass().getSimpleName());
            return;
        }
        Stage stage = new Stage();
        ScheduledFuture<?> heartbeat = startHeartbeat(stored.eventId());
        try {
            handle(stored, json, now, stage);
        } catch (Throwable t) {
            failed(stored.eventId(), 1, stage, t);
        } finally {
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
        }
    }

    /** This replica's name on the claims it holds. */
    String workerId() {
        return workerId;
    }

    /** How far handling got: once LINE may have been called, the event is never handled again. */
    private static final class Stage {
        volatile boolean delivering;
    }

    /** {@code json}: the event as received, when it is at hand; otherwise it is decrypted from the stored payload. */
    private void handle(InboxEvent stored, String json, Instant now, Stage stage) throws Exception {
        String eventId = stored.eventId();
        if (json == null && stored.payload() == null) {
            inbox.finish(eventId, InboxStatus.FAILED, "payload missing", clock.instant());
            return;
        }
        Event event = mapper.readValue(json != null ? json : payloads.decrypt(stored.payload(), eventId), Event.class);
        Instant eventTime = stored.eventTime() != null ? stored.eventTime() : now;
        Instant deadline = eventTime.plus(properties.getReplyWindow());
        Optional<Routed> routed = router.route(event, eventId, deadline);
        if (routed.isEmpty()) {
            inbox.finish(eventId, InboxStatus.IGNORED, "no reply needed: " + stored.type(), clock.instant());
            return;
        }
        deliver(eventId, routed.get(), eventTime, deadline, stage);
    }

    /**
     * One attempt failed. A failure after LINE may have been called is recorded as done (answering again could
     * answer twice); otherwise the event goes back to the inbox for another attempt, and a transient database
     * error does not count as one. Only the exception's class is kept: messages can hold personal data.
     */
    private void failed(String eventId, int attempt, Stage stage, Throwable t) {
        String what = t.getClass().getSimpleName();
        boolean database = isDatabaseError(t);
        LOG.error("event {} attempt {} failed: {}", eventId, attempt, what);
        try {
            if (stage.delivering) {
                inbox.finish(eventId, InboxStatus.DONE, "answer handed to LINE; recording it failed: " + what, clock.instant());
            } else if (!database && attempt >= properties.getMaxAttempts()) {
                poison(eventId, attempt + 1);
            } else {
                meters.counter("hotline.events.retried", "cause", database ? "database" : "error").increment();
                inbox.release(eventId, workerId, "attempt " + attempt + " failed: " + what, database);
            }
        } catch (RuntimeException e) {
            // The database is down as well: the lease runs out and the sweep takes the event again.
            LOG.warn("event {} left to its lease ({})", eventId, e.getClass().getSimpleName());
        }
    }

    /** An event that failed every attempt: FAILED for staff, its raw payload dropped, never taken again. */
    private void poison(String eventId, int attempt) {
        meters.counter("hotline.events.poison").increment();
        meters.counter("hotline.events.failed").increment();
        LOG.error("event {} given up after {} attempts", eventId, attempt - 1);
        try {
            inbox.finish(eventId, InboxStatus.FAILED, "poison: gave up after " + (attempt - 1) + " attempts", clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("event {} left to its lease ({})", eventId, e.getClass().getSimpleName());
        }
    }

    static boolean isDatabaseError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.jdbi.v3.core.JdbiException || c instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renews the claim while the handler works, so a short lease only runs out when the process is gone; null when
     * the process is stopping.
     */
    private ScheduledFuture<?> startHeartbeat(String eventId) {
        long every = Math.max(200, properties.getClaimLease().toMillis() / 4);
        Instant giveUp = clock.instant().plus(properties.getClaimLease()).plus(properties.getMaxHold());
        try {
            return heartbeats.scheduleWithFixedDelay(() -> {
                Instant now = clock.instant();
                if (now.isAfter(giveUp)) {
                    return;
                }
                try {
                    inbox.renew(eventId, workerId, now);
                } catch (RuntimeException e) {
                    LOG.debug("lease of {} not renewed ({})", eventId, e.getClass().getSimpleName());
                }
            }, every, every, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            // The process is stopping: the event is handled without renewals, and its lease covers a short handling.
            return null;
        }
    }

    private void deliver(String eventId, Routed routed, Instant eventTime, Instant deadline, Stage stage) {
        ChatOutcome outcome = routed.outcome();
        if (outcome.reply() == null) {
            inbox.finish(eventId, InboxStatus.DONE, "held for agent", clock.instant());
            return;
        }
        stage.delivering = true;
        DeliveryResult result = DeliveryResult.expired("reply token expired before the answer was ready");
        if (clock.instant().isBefore(deadline)) {
            result = sender.reply(routed.replyToken(), outcome.reply().messages(), deadline);
        }
        if (result.status() == DeliveryResult.Status.EXPIRED) {
            // The reply window is over and LINE never took the reply: push (billed) when allowed, else staff see it.
            if (properties.isPushWhenExpired() && routed.pushTo() != null) {
                result = sender.push(routed.pushTo(), outcome.reply().messages(),
                        UUID.nameUUIDFromBytes(eventId.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } else {
                result = DeliveryResult.undelivered(result.error());
            }
        }
        chat.markDelivery(outcome.turnId(), result.status().stored(), result.error());
        switch (result.status()) {
            case UNKNOWN -> {
                // LINE refused the reply token as used after an attempt whose answer we never saw: it was
                // most likely delivered then; replying or pushing again could answer twice.
                meters.counter("hotline.events.delivery_unknown").increment();
                inbox.finish(eventId, InboxStatus.DONE, "delivered-unknown: " + result.error(), clock.instant());
            }
            case SENT -> {
                meters.counter("hotline.events.answered").increment();
                meters.timer("hotline.reply.latency").record(Duration.between(eventTime, clock.instant()));
                inbox.finish(eventId, InboxStatus.DONE, null, clock.instant());
            }
            case UNDELIVERED -> {
                meters.counter("hotline.events.undelivered").increment();
                inbox.finish(eventId, InboxStatus.UNDELIVERED, result.error(), clock.instant());
            }
            default -> {
                meters.counter("hotline.events.failed").increment();
                inbox.finish(eventId, InboxStatus.FAILED, result.error(), clock.instant());
            }
        }
    }

    @PreDestroy
    void stopHeartbeats() {
        heartbeats.shutdownNow();
    }
}
