package th.sso.hotline.line;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit for the webhook: the bodies that arrive while one write is in progress are stored together in the
 * next transaction, each claimed for this replica's workers. A body still gets its 200 only once its events are
 * stored; it just shares the commit with its neighbours, so the acknowledgement rate is no longer one commit per
 * request. A lone request is written at once, without waiting for company.
 */
@Context
public class InboxWriter {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWriter.class);
    /** Events per transaction at most; a burst larger than this is written in several. */
    static final int MAX_BATCH = 512;

    private final WebhookInbox inbox;
    private final ReplicaWorker worker;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    public InboxWriter(WebhookInbox inbox, ReplicaWorker worker, Clock clock) {
        this.inbox = inbox;
        this.worker = worker;
        this.clock = clock;
        this.writer = new Thread(this::run, "inbox-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Stores the events of one body, claimed for this replica; completes with, per event, true when it is new
     * (false: a redelivery already stored), or exceptionally when the database could not store them.
     */
    public CompletableFuture<boolean[]> store(List<InboxEvent> events) {
        CompletableFuture<boolean[]> done = new CompletableFuture<>();
        if (events.isEmpty()) {
            done.complete(new boolean[0]);
            return done;
        }
        if (!running) {
            done.completeExceptionally(new IllegalStateException("inbox writer stopped"));
            return done;
        }
        queue.add(new Pending(events, done));
        return done;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int events = first.events().size();
                Pending next;
                while (events < MAX_BATCH && (next = queue.poll()) != null) {
                    batch.add(next);
                    events += next.events().size();
                }
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Throwable t) {
                // Whatever went wrong, every waiting request is answered (503) and the writer lives on.
                LOG.error("inbox write failed: {}", t.getClass().getSimpleName());
                batch.forEach(p -> p.done().completeExceptionally(t));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        if (batch.size() == 1) {
            writeAlone(batch.get(0));
            return;
        }
        List<InboxEvent> all = new ArrayList<>();
        batch.forEach(p -> all.addAll(p.events()));
        boolean[] stored;
        try {
            stored = inbox.storeAll(all, clock.instant(), worker.id());
        } catch (RuntimeException e) {
            // One body the database refuses must not fail its neighbours: each is tried on its own.
            batch.forEach(this::writeAlone);
            return;
        }
        int offset = 0;
        for (Pending p : batch) {
            boolean[] own = new boolean[p.events().size()];
            System.arraycopy(stored, offset, own, 0, own.length);
            offset += own.length;
            p.done().complete(own);
        }
    }

    private void writeAlone(Pending p) {
        try {
            p.done().complete(inbox.storeAll(p.events(), clock.instant(), worker.id()));
        } catch (RuntimeException e) {
            p.done().completeExceptionally(e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(5_000);
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IllegalStateException("inbox writer stopped"));
        }
    }

    private record Pending(List<InboxEvent> events, CompletableFuture<boolean[]> done) {
    }
}
