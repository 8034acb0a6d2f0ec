package th.sso.hotline.staff.deliveries;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import th.sso.hotline.privacy.PiiMasker;

import java.time.Instant;
import java.util.List;

/**
 * LINE events the service gave up on: FAILED (poison after the capped attempts, or a reply that could not be
 * sent) and UNDELIVERED (the reply token ran out and push is off). The raw payload is gone by then; what staff see
 * is when, what kind of event and why, with any personal number in the reason masked.
 */
@Singleton
public class DeliveryProblems {

    private final Jdbi jdbi;
    private final PiiMasker masker;

    DeliveryProblems(Jdbi jdbi, PiiMasker masker) {
        this.jdbi = jdbi;
        this.masker = masker;
    }

    public List<Problem> since(Instant from, int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select event_id, event_type, status, attempts, received_at, finished_at, note
                        from webhook_event where status in ('FAILED', 'UNDELIVERED') and received_at >= :from
                        order by received_at desc, event_id limit :limit offset :offset""")
                .bind("from", from).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new Problem(shortId(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getString(7) == null ? "" : masker.mask(rs.getString(7))))
                .list());
    }

    public int countSince(Instant from) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from webhook_event
                        where status in ('FAILED', 'UNDELIVERED') and received_at >= :from""")
                .bind("from", from).mapTo(Integer.class).one());
    }

    /** Enough of LINE's webhook event id to match a log line, not a handle on the citizen. */
    private static String shortId(String eventId) {
        return eventId.length() <= 10 ? eventId : eventId.substring(0, 10) + "…";
    }

    public record Problem(String eventId, String eventType, String status, int attempts, Instant receivedAt,
                          Instant finishedAt, String reason) {
    }
}
