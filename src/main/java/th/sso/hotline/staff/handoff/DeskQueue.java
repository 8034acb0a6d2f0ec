package th.sso.hotline.staff.handoff;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The handoff desk's queue: every chat waiting for or held by staff, with how many of the citizen's messages came
 * after the last agent reply ("unread") and for how long the oldest of them has waited; longest wait first.
 */
@Singleton
public class DeskQueue {

    /** One chat on the desk; {@code waitingMinutes} is null when the agent answered last. */
    public record Entry(long conversationId, String channel, String state, String agent, Instant since,
                        String summary, Instant lastActivity, boolean canPush, String lang, int unread,
                        Long waitingMinutes) {

        public boolean isHeld() {
            return "AGENT".equals(state);
        }
    }

    /** Messages from the citizen: typed or chosen, not the agent's own, not system events. */
    private static final String CITIZEN_AFTER_LAST_AGENT = """
            from turn u where u.conversation_id = c.id and u.question is not null and u.kind in ('text', 'postback')
              and u.created_at > coalesce((select max(a.created_at) from turn a
                                           where a.conversation_id = c.id and a.kind = 'agent'), c.handoff_at)""";

    private final Jdbi jdbi;
    private final Clock clock;

    public DeskQueue(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<Entry> entries() {
        Instant now = clock.instant();
        List<Entry> list = jdbi.withHandle(h -> h.createQuery("""
                select c.id, c.channel, c.handoff_state, c.handoff_agent, c.handoff_at, c.handoff_summary, c.lang,
                  c.line_user_ref, (select max(t.created_at) from turn t where t.conversation_id = c.id) last_turn,
                  (select count(*) """ + CITIZEN_AFTER_LAST_AGENT + """
                ) unread,
                  (select min(u.created_at) """ + CITIZEN_AFTER_LAST_AGENT + """
                ) first_unread
                from conversation c where c.handoff_state <> 'BOT'""")
                .map((rs, ctx) -> {
                    String state = rs.getString("handoff_state");
                    Instant since = instant(rs.getTimestamp("handoff_at"));
                    Instant firstUnread = instant(rs.getTimestamp("first_unread"));
                    Instant waitingFrom = firstUnread != null ? firstUnread : "QUEUED".equals(state) ? since : null;
                    Long minutes = waitingFrom == null ? null
                            : Math.max(0, Duration.between(waitingFrom, now).toMinutes());
                    return new Entry(rs.getLong("id"), rs.getString("channel"), state, rs.getString("handoff_agent"),
                            since, rs.getString("handoff_summary"), instant(rs.getTimestamp("last_turn")),
                            rs.getString("line_user_ref") != null, rs.getString("lang"), rs.getInt("unread"), minutes);
                })
                .list());
        return list.stream().sorted(Comparator
                .comparing(Entry::waitingMinutes, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Entry::conversationId)).toList();
    }

    /** Chats that need someone now: queued, or with a citizen message no agent answered yet. */
    public static long needingAttention(List<Entry> entries) {
        return entries.stream().filter(e -> !e.isHeld() || e.unread() > 0).count();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
