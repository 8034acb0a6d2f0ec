package th.sso.hotline.line;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool that handles inbox events off the request thread, and a sweep that picks up whatever the
 * pool could not take, whatever was left when a process died, and events whose worker's lease ran out.
 */
@Context
public class InboxWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWorkers.class);
    private static final int SWEEP_BATCH = 200;

    private final EventProcessor processor;
    private final WebhookInbox inbox;
    private final LineProperties properties;
    private final ThreadPoolExecutor pool;
    private final Clock clock;

    public InboxWorkers(EventProcessor processor, WebhookInbox inbox, LineProperties properties, Clock clock) {
        this.clock = clock;
        this.processor = processor;
        this.inbox = inbox;
        this.properties = properties;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(properties.getWorkers(), properties.getWorkers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.getQueueCapacity()),
                r -> {
                    Thread t = new Thread(r, "line-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Hands over an event this replica stored already claimed. When the queue is full it goes back to the
     * inbox as pending, so the sweep picks it up within seconds rather than after the lease.
     */
    public void submitClaimed(InboxEvent stored, String json, Instant claimedAt) {
        try {
            pool.execute(() -> processor.processClaimed(stored, json, claimedAt));
        } catch (RejectedExecutionException e) {
            LOG.warn("worker queue full; event handed back to the inbox for the sweep");
            try {
                inbox.release(stored.eventId(), processor.workerId(), "worker queue full", true);
            } catch (RuntimeException ignored) {
                // The database is away too: the lease runs out and the sweep takes the event.
            }
        }
    }

    public void submit(String eventId) {
        try {
            pool.execute(() -> processor.process(eventId));
        } catch (RejectedExecutionException e) {
            LOG.warn("worker queue full; event left for the sweep");
        }
    }

    @Scheduled(fixedDelay = "${line.sweep-interval}", initialDelay = "${line.sweep-initial-delay:1s}")
    void sweep() {
        if (pool.isShutdown() || pool.getQueue().remainingCapacity() < SWEEP_BATCH) {
            return;
        }
        Instant now = clock.instant();
        for (String eventId : inbox.due(now.minusSeconds(2), now.minus(properties.getClaimLease()), SWEEP_BATCH)) {
            submit(eventId);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
