package th.sso.hotline.privacy;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.sso.hotline.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;

/**
 * PDPA storage limitation: turns older than the retention period are deleted, then conversations with no
 * turn left and no activity within it, then webhook events finished before it. Every replica may run it;
 * the deletes are idempotent.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    public record Purged(int turns, int conversations, int webhookEvents) {
        boolean any() {
            return turns + conversations + webhookEvents > 0;
        }
    }

    private final Jdbi jdbi;
    private final PrivacyProperties properties;
    private final AuditLog audit;

    private final Clock clock;

    public RetentionJob(Jdbi jdbi, PrivacyProperties properties, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbi = jdbi;
        this.properties = properties;
        this.audit = audit;
    }

    @Scheduled(fixedDelay = "${hotline.privacy.retention-sweep:1h}", initialDelay = "${hotline.privacy.retention-first-sweep:2m}")
    void sweep() {
        purge(clock.instant());
    }

    public Purged purge(Instant now) {
        Instant cutoff = now.minus(properties.getRetention());
        Purged purged = jdbi.inTransaction(h -> {
            int turns = h.createUpdate("delete from turn where created_at < :cut").bind("cut", cutoff).execute();
            int conversations = h.createUpdate("""
                    delete from conversation c where c.last_at < :cut
                      and not exists (select 1 from turn t where t.conversation_id = c.id)""")
                    .bind("cut", cutoff).execute();
            // Facts remembered for calculations live only for the memory TTL, even in a conversation still kept.
            h.createUpdate("update conversation set memory = null, memory_at = null where memory_at < :cut")
                    .bind("cut", now.minus(properties.getMemoryTtl())).execute();
            // Finished events, poison ones included (they are finished as FAILED); an event never handled is kept.
            int events = h.createUpdate("delete from webhook_event where finished_at is not null and finished_at < :cut")
                    .bind("cut", cutoff).execute();
            return new Purged(turns, conversations, events);
        });
        if (purged.any()) {
            LOG.info("retention: deleted {} turns, {} conversations, {} webhook events older than {}",
                    purged.turns(), purged.conversations(), purged.webhookEvents(), properties.getRetention());
            audit.record(AuditLog.SYSTEM, "retention", null, "turns=" + purged.turns() + " conversations="
                    + purged.conversations() + " webhook_events=" + purged.webhookEvents());
        }
        return purged;
    }
}
