package th.sso.hotline.line;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded pool that handles inbox events off the request thread, and a sweep that picks up whatever the
 * pool could not take, whatever was left when a process died, and events whose worker's lease ran out.
 * <p>
 * Waiting events are taken newest first (by the event's timestamp; events of one body in their order), and those
 * the sweep brings back after all of them. Without a backlog the order makes no difference; with one, first in
 * first out made every event wait past LINE's reply window (measured: at 300 events/s none was answered in time),
 * while newest first answers the fresh ones within it and leaves the stale ones, which can no longer be replied
 * to anyway, until the surge has passed; they are still handled once each (pushed or recorded undelivered).
 */
@Context
public class InboxWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWorkers.class);
    private static final int SWEEP_BATCH = 200;

    private final EventProcessor processor;
    private final WebhookInbox inbox;
    private final LineProperties properties;
    private final ThreadPoolExecutor pool;
    private final NewestFirst queue;
    private final Clock clock;
    /** Orders jobs of the same event time as submitted. */
    private final AtomicLong submitted = new AtomicLong();

    public InboxWorkers(EventProcessor processor, WebhookInbox inbox, LineProperties properties, Clock clock) {
        this.clock = clock;
        this.processor = processor;
        this.inbox = inbox;
        this.properties = properties;
        AtomicInteger n = new AtomicInteger();
        this.queue = new NewestFirst(properties.getQueueCapacity());
        this.pool = new ThreadPoolExecutor(properties.getWorkers(), properties.getWorkers(), 60, TimeUnit.SECONDS,
                queue,
                r -> {
                    Thread t = new Thread(r, "line-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Hands over an event this replica stored already claimed. When the queue is full, the oldest waiting event
     * makes room when this one is newer; what finds no room goes back to the inbox as pending, so the sweep picks
     * it up within seconds rather than after the lease.
     */
    public void submitClaimed(InboxEvent stored, String json, Instant claimedAt) {
        long time = (stored.eventTime() != null ? stored.eventTime() : claimedAt).toEpochMilli();
        enqueue(new Job(time, submitted.incrementAndGet(), () -> processor.processClaimed(stored, json, claimedAt), () -> handBack(stored.eventId())));
    }

    public void submit(String eventId) {
        // The sweep's events wait behind all others and need no hand-back: they are not claimed until they run.
        enqueue(new Job(Long.MIN_VALUE, submitted.incrementAndGet(), () -> processor.process(eventId), () -> { }));
    }

    private void enqueue(Job job) {
        Job evicted = queue.makeRoomFor(job);
        if (evicted != null) {
            evicted.handBack();
        }
        try {
            pool.execute(job);
        } catch (RejectedExecutionException e) {
            job.handBack();
        }
    }

    private void handBack(String eventId) {
        LOG.warn("worker queue full; event handed back to the inbox for the sweep");
        try {
            inbox.release(eventId, processor.workerId(), "worker queue full", true);
        } catch (RuntimeException ignored) {
            // The database is away too: the lease runs out and the sweep takes the event.
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

    /** One event's handling, ordered newest event first, then in the order submitted. */
    static final class Job implements Runnable, Comparable<Job> {
        private final long eventTime;
        private final long sequence;
        private final Runnable body;
        private final Runnable handBack;

        Job(long eventTime, long sequence, Runnable body, Runnable handBack) {
            this.eventTime = eventTime;
            this.sequence = sequence;
            this.body = body;
            this.handBack = handBack;
        }

        /** Not run here after all: the event goes back to the inbox. */
        void handBack() {
            handBack.run();
        }

        @Override
        public void run() {
            body.run();
        }

        @Override
        public int compareTo(Job other) {
            int byTime = Long.compare(other.eventTime, eventTime);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    /** A priority queue of {@link Job}s that refuses new ones beyond its capacity, as the pool expects. */
    static final class NewestFirst extends PriorityBlockingQueue<Runnable> {
        private final int capacity;

        NewestFirst(int capacity) {
            super(Math.min(capacity, 1024));
            this.capacity = capacity;
        }

        @Override
        public synchronized boolean offer(Runnable r) {
            return size() < capacity && super.offer(r);
        }

        @Override
        public int remainingCapacity() {
            return Math.max(0, capacity - size());
        }

        /**
         * When full and {@code job} is newer than the oldest waiting one, takes that one out and returns it (to be
         * handed back); null otherwise. A scan of the queue, only when it is full.
         */
        synchronized Job makeRoomFor(Job job) {
            if (size() < capacity) {
                return null;
            }
            Job oldest = null;
            for (Runnable r : this) {
                if (r instanceof Job j && (oldest == null || j.compareTo(oldest) > 0)) {
                    oldest = j;
                }
            }
            return oldest != null && job.compareTo(oldest) < 0 && remove(oldest) ? oldest : null;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
