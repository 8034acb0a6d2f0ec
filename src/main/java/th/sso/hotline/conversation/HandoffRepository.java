package th.sso.hotline.conversation;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The handoff columns of a conversation: state, agent, summary and the encrypted LINE user reference. */
@Singleton
public class HandoffRepository {

    /** A chat waiting for or held by staff, for the queue page. */
    public record Open(long conversationId, String channel, String state, String agent, Instant since,
                       String summary, Instant lastActivity, boolean canPush) {
    }

    private final Jdbi jdbi;

    public HandoffRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** BOT to QUEUED with the summary; the LINE reference is (re)written whenever one is given. */
    public void queue(long conversationId, String summary, String lineUserRef, Instant now) {
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                    update conversation set handoff_state = 'QUEUED', handoff_at = :t, handoff_summary = :s
                    where id = :id and handoff_state = 'BOT'""")
                    .bind("t", now).bind("s", summary).bind("id", conversationId).execute();
            if (lineUserRef != null) {
                h.createUpdate("update conversation set line_user_ref = :r where id = :id and handoff_state <> 'BOT'")
                        .bind("r", lineUserRef).bind("id", conversationId).execute();
            }
        });
    }

    /** An agent takes the chat (from the queue, or straight from the bot); false when another agent holds it. */
    public boolean take(long conversationId, String agent, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                update conversation set handoff_state = 'AGENT', handoff_agent = :a, handoff_at = :t
                where id = :id and (handoff_state <> 'AGENT' or handoff_agent = :a)""")
                .bind("a", agent).bind("t", now).bind("id", conversationId).execute()) == 1;
    }

    /** Back to the bot; the LINE user id is dropped. False when it was not open. */
    public boolean release(long conversationId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                update conversation set handoff_state = 'BOT', handoff_agent = null, handoff_at = null,
                  line_user_ref = null
                where id = :id and handoff_state <> 'BOT'""")
                .bind("id", conversationId).execute()) == 1;
    }

    public Optional<String> lineUserRef(long conversationId) {
        return jdbi.withHandle(h -> h.createQuery("select line_user_ref from conversation where id = :id")
                .bind("id", conversationId).mapTo(String.class).findOne().filter(r -> r != null));
    }

    public List<Open> open() {
        return jdbi.withHandle(h -> h.createQuery("""
                select c.id, c.channel, c.handoff_state, c.handoff_agent, c.handoff_at, c.handoff_summary,
                  c.line_user_ref, (select max(t.created_at) from turn t where t.conversation_id = c.id) last_turn
                from conversation c where c.handoff_state <> 'BOT'
                order by c.handoff_state desc, c.handoff_at""")
                .map((rs, ctx) -> new Open(rs.getLong("id"), rs.getString("channel"), rs.getString("handoff_state"),
                        rs.getString("handoff_agent"), instant(rs.getTimestamp("handoff_at")),
                        rs.getString("handoff_summary"), instant(rs.getTimestamp("last_turn")),
                        rs.getString("line_user_ref") != null))
                .list());
    }

    private static Instant instant(java.sql.Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
