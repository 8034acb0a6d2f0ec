package th.sso.hotline.privacy;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import th.sso.hotline.audit.AuditLog;

/**
 * Deletes a citizen's conversations and their turns (reviews go with them), on the citizen's own request
 * or an admin's, and records that it happened in the audit log: who asked and how much was deleted, never
 * what was deleted.
 */
@Singleton
public class Erasure {

    public record Result(int conversations, int turns) {
        String describe() {
            return "conversations=" + conversations + " turns=" + turns;
        }
    }

    private final Jdbi jdbi;
    private final AuditLog audit;

    public Erasure(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** The citizen asked and confirmed: everything under their keyed id in that channel. */
    public Result byCitizen(String userKey, String channel) {
        Result result = jdbi.inTransaction(h -> {
            int turns = h.createUpdate("""
                    delete from turn where conversation_id in
                      (select id from conversation where user_key = :k and channel = :c)""")
                    .bind("k", userKey).bind("c", channel).execute();
            int conversations = h.createUpdate("delete from conversation where user_key = :k and channel = :c")
                    .bind("k", userKey).bind("c", channel).execute();
            return new Result(conversations, turns);
        });
        audit.record(AuditLog.CITIZEN, "erasure.citizen", "channel:" + channel, result.describe());
        return result;
    }

    /** An admin erased one conversation from the console (e.g. a request made by phone or letter). */
    public Result byAdmin(long conversationId, String admin) {
        Result result = jdbi.inTransaction(h -> {
            int turns = h.createUpdate("delete from turn where conversation_id = :id").bind("id", conversationId)
                    .execute();
            int conversations = h.createUpdate("delete from conversation where id = :id").bind("id", conversationId)
                    .execute();
            return new Result(conversations, turns);
        });
        audit.record(admin, "erasure.admin", "conversation:" + conversationId, result.describe());
        return result;
    }
}
