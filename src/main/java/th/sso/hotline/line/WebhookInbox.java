package th.sso.hotline.line;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable inbox: an event is stored once (unique webhook event id) before LINE gets its 200, and is
 * handled by whichever worker, in whichever replica, claims it first.
 */
@Singleton
public class WebhookInbox {

    private final Jdbi jdbi;

    public WebhookInbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores the event; false when it was already there (a redelivery or a retry by LINE). */
    public boolean store(InboxEvent e, Instant now) {
        return storeAll(List.of(e), now)[0];
    }

    /** Stores the events pending, for whichever worker takes them first; see {@link #storeAll(List, Instant, String)}. */
    public boolean[] storeAll(List<InboxEvent> events, Instant now) {
        return storeAll(events, now, null);
    }

    /**
     * Stores the events in one transaction, as two JDBC batches (the inserts, then the delivery counts of those
     * already there); per event, true when it is new. Unique on the event id, so a redelivery, a retry by LINE or
     * the same id twice in one body is stored once. With a {@code worker}, the new events are stored already
     * claimed by it (attempt 1), so the process that received them handles them from memory without a claim
     * round trip; its lease protects them like any other claim.
     */
    public boolean[] storeAll(List<InboxEvent> events, Instant now, String worker) {
        boolean[] stored = new boolean[events.size()];
        if (events.isEmpty()) {
            return stored;
        }
        jdbi.useTransaction(h -> {
            var insert = h.prepareBatch("""
                    insert into webhook_event(event_id, event_type, received_at, event_time, redelivery, deliveries,
                      payload, status, attempts, claimed_by, claimed_at)
                    values(:id, :type, :now, :time, :redelivery, 1, :payload, :status, :attempts, :worker, :claimedAt)
                    on conflict do nothing""");
            for (InboxEvent e : events) {
                insert.bind("id", e.eventId()).bind("type", e.type()).bind("now", now).bind("time", e.eventTime())
                        .bind("redelivery", e.redelivery()).bind("payload", e.payload())
                        .bind("status", worker == null ? InboxStatus.PENDING.name() : InboxStatus.PROCESSING.name())
                        .bind("attempts", worker == null ? 0 : 1).bind("worker", worker)
                        .bind("claimedAt", worker == null ? null : now).add();
            }
            int[] inserted = insert.execute();
            var again = h.prepareBatch("update webhook_event set deliveries = deliveries + 1 where event_id = :id");
            boolean any = false;
            for (int i = 0; i < stored.length; i++) {
                stored[i] = inserted[i] == 1;
                if (!stored[i]) {
                    again.bind("id", events.get(i).eventId()).add();
                    any = true;
                }
            }
            if (any) {
                again.execute();
            }
        });
        return stored;
    }

    /** Takes the event for this worker; false when another worker has it or it is finished. */
    public boolean claim(String eventId, String worker, Instant now, Instant leaseExpiredBefore) {
        return claimAttempt(eventId, worker, now, leaseExpiredBefore) > 0;
    }

    /**
     * Takes the event for this worker and returns which attempt this is (1 for the first), or 0 when another
     * worker has it or it is finished.
     */
    public int claimAttempt(String eventId, String worker, Instant now, Instant leaseExpiredBefore) {
        return jdbi.inTransaction(h -> {
            int updated = take(h, eventId, worker, now, leaseExpiredBefore);
            if (updated != 1) {
                return 0;
            }
            return h.createQuery("select attempts from webhook_event where event_id = :id")
                    .bind("id", eventId).mapTo(Integer.class).one();
        });
    }

    /** Marks the event as this worker's when it is pending or its holder's lease ran out; 1 when taken, else 0. */
    private static int take(Handle h, String eventId, String worker, Instant now, Instant leaseExpiredBefore) {
        return h.createUpdate("""
                update webhook_event set status = 'PROCESSING', claimed_by = :w, claimed_at = :now,
                  attempts = attempts + 1
                where event_id = :id
                  and (status = 'PENDING' or (status = 'PROCESSING' and claimed_at < :lease))""")
                .bind("w", worker).bind("now", now).bind("id", eventId).bind("lease", leaseExpiredBefore)
                .execute();
    }

    /** The worker still holds the event: its lease starts again now (the heartbeat of a long handling). */
    public boolean renew(String eventId, String worker, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                update webhook_event set claimed_at = :now
                where event_id = :id and claimed_by = :w and status = 'PROCESSING'""")
                .bind("now", now).bind("id", eventId).bind("w", worker).execute()) == 1;
    }

    /**
     * Renews the claim taken when the event was stored, only while no one has taken the event again since (its
     * attempts are still 1); false otherwise. A plain {@link #renew} would also succeed after this replica's own
     * sweep re-took the event, and then both would handle it.
     */
    public boolean renewFirstClaim(String eventId, String worker, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                update webhook_event set claimed_at = :now
                where event_id = :id and claimed_by = :w and status = 'PROCESSING' and attempts = 1""")
                .bind("now", now).bind("id", eventId).bind("w", worker).execute()) == 1;
    }

    /**
     * Hands the event back for another attempt, keeping its payload; a transient failure (the database) is
     * {@code notCounted} towards the poison limit.
     */
    public void release(String eventId, String worker, String note, boolean notCounted) {
        jdbi.useHandle(h -> h.createUpdate("""
                update webhook_event set status = 'PENDING', claimed_by = null, note = :note,
                  attempts = attempts - :uncount
                where event_id = :id and claimed_by = :w and status = 'PROCESSING'""")
                .bind("id", eventId).bind("w", worker).bind("note", note).bind("uncount", notCounted ? 1 : 0).execute());
    }

    /**
     * Takes the event for this worker and reads it in the same transaction: the attempt (0 when another worker
     * has it or it is finished) and the stored event.
     */
    public Claimed claimAndLoad(String eventId, String worker, Instant now, Instant leaseExpiredBefore) {
        return jdbi.inTransaction(h -> {
            int updated = take(h, eventId, worker, now, leaseExpiredBefore);
            if (updated != 1) {
                return new Claimed(0, null);
            }
            return h.createQuery("""
                            select attempts, event_id, event_type, event_time, redelivery, payload
                            from webhook_event where event_id = :id""")
                    .bind("id", eventId)
                    .map((rs, ctx) -> new Claimed(rs.getInt(1), new InboxEvent(rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getBoolean(5),
                            rs.getString(6))))
                    .one();
        });
    }

    /** The outcome of a claim: the attempt number (0: not this worker's) and the event as stored. */
    public record Claimed(int attempt, InboxEvent event) {
    }

    public Optional<InboxEvent> load(String eventId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select event_id, event_type, event_time, redelivery, payload from webhook_event where event_id = :id")
                .bind("id", eventId)
                .map((rs, ctx) -> new InboxEvent(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getBoolean(4),
                        rs.getString(5)))
                .findOne());
    }

    /** Records the outcome and drops the payload, which holds the user id and message. */
    public void finish(String eventId, InboxStatus status, String note, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                update webhook_event set status = :s, note = :note, finished_at = :now, payload = null
                where event_id = :id""")
                .bind("s", status.name()).bind("note", note == null ? null : note.substring(0, Math.min(500, note.length())))
                .bind("now", now).bind("id", eventId).execute());
    }

    /** Events nobody is handling: pending past a grace period, or claimed by a worker whose lease ran out. */
    public List<String> due(Instant pendingBefore, Instant leaseExpiredBefore, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                select event_id from webhook_event
                where (status = 'PENDING' and received_at < :pending)
                   or (status = 'PROCESSING' and claimed_at < :lease)
                order by received_at limit :n""")
                .bind("pending", pendingBefore).bind("lease", leaseExpiredBefore).bind("n", limit)
                .mapTo(String.class).list());
    }

    public Optional<InboxStatus> status(String eventId) {
        return jdbi.withHandle(h -> h.createQuery("select status from webhook_event where event_id = :id")
                .bind("id", eventId).mapTo(String.class).findOne().map(InboxStatus::valueOf));
    }
}
