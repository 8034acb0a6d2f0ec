package th.sso.hotline.conversation;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.Optional;

@Singleton
public class ConversationRepository {

    private static final RowMapper<Conversation> MAPPER = (rs, ctx) -> new Conversation(
            rs.getLong("id"), rs.getString("user_key"), rs.getString("channel"),
            instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("last_at")), rs.getString("lang"),
            rs.getString("topic_intent"), instant(rs.getTimestamp("topic_at")),
            HandoffState.valueOf(rs.getString("handoff_state")), rs.getString("handoff_agent"),
            instant(rs.getTimestamp("handoff_at")), rs.getString("handoff_summary"), rs.getString("memory"),
            instant(rs.getTimestamp("memory_at")));

    private final Jdbi jdbi;

    public ConversationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Conversation findOrCreate(String userKey, Channel channel, Instant now) {
        // Nearly every message comes from someone already known: one read, and no insert that only conflicts
        // (which on PostgreSQL also burns a sequence value and takes a row lock).
        Optional<Conversation> known = jdbi.withHandle(h -> h.createQuery(
                        "select * from conversation where user_key = :k and channel = :c")
                .bind("k", userKey).bind("c", channel.code()).map(MAPPER).findOne());
        if (known.isPresent()) {
            return known.get();
        }
        return jdbi.inTransaction(h -> {
            h.createUpdate("""
                    insert into conversation(user_key, channel, started_at, last_at, handoff_state)
                    values(:k, :c, :t, :t, 'BOT') on conflict do nothing""")
                    .bind("k", userKey).bind("c", channel.code()).bind("t", now).execute();
            return h.createQuery("select * from conversation where user_key = :k and channel = :c")
                    .bind("k", userKey).bind("c", channel.code()).map(MAPPER).one();
        });
    }

    public Optional<Conversation> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from conversation where id = :id")
                .bind("id", id).map(MAPPER).findOne());
    }

    public void recordTurn(long id, String lang, String topicIntent, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                update conversation set last_at = :t, lang = :lang,
                  topic_intent = coalesce(:topic, topic_intent),
                  topic_at = case when :topic is null then topic_at else :t end
                where id = :id""")
                .bind("t", now).bind("lang", lang).bind("topic", topicIntent).bind("id", id).execute());
    }

    /** What the conversation remembers for the next message (null forgets), stamped {@code now}. */
    public void remember(long id, String memory, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("update conversation set memory = :m, memory_at = :t where id = :id")
                .bind("m", memory).bind("t", memory == null ? null : now).bind("id", id).execute());
    }

    static Instant instant(java.sql.Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
