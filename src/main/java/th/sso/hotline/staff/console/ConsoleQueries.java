package th.sso.hotline.staff.console;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Read-only queries behind the console's list, transcript and export. */
@Singleton
public class ConsoleQueries {

    public static final int PAGE_SIZE = 25;

    static final RowMapper<TurnView> TURN = ConsoleQueries::turn;

    private static final String TURN_COLUMNS = """
            t.*, r.verdict, r.correct_intent, r.reviewer, r.note review_note
            from turn t join conversation c on c.id = t.conversation_id
            left join turn_review r on r.turn_id = t.id""";

    private final Jdbi jdbi;
    private final ConsoleProperties properties;

    public ConsoleQueries(Jdbi jdbi, ConsoleProperties properties) {
        this.jdbi = jdbi;
        this.properties = properties;
    }

    public List<ConversationRow> conversations(TurnFilter filter) {
        TurnFilterSql sql = new TurnFilterSql(filter, properties.getLowConfidence());
        int offset = (filter.pageOrFirst() - 1) * PAGE_SIZE;
        return jdbi.withHandle(h -> sql.bind(h.createQuery("""
                        select c.id, c.channel, c.lang, c.handoff_state, c.handoff_agent, max(t.created_at) last_turn,
                          count(t.id) turns, sum(case when t.fallback then 1 else 0 end) fallbacks,
                          (select q.question from turn q where q.conversation_id = c.id and q.question is not null
                            order by q.created_at desc, q.id desc limit 1) last_question
                        from turn t join conversation c on c.id = t.conversation_id"""
                        + sql.where() + """
                         group by c.id, c.channel, c.lang, c.handoff_state, c.handoff_agent
                        order by max(t.created_at) desc, c.id desc limit :n offset :o"""))
                .bind("n", PAGE_SIZE).bind("o", offset)
                .map((rs, ctx) -> new ConversationRow(rs.getLong("id"), rs.getString("channel"), rs.getString("lang"),
                        rs.getString("handoff_state"), rs.getString("handoff_agent"), instant(rs.getTimestamp("last_turn")),
                        rs.getInt("turns"), rs.getInt("fallbacks"), rs.getString("last_question")))
                .list());
    }

    public int countConversations(TurnFilter filter) {
        TurnFilterSql sql = new TurnFilterSql(filter, properties.getLowConfidence());
        return jdbi.withHandle(h -> sql.bind(h.createQuery(
                        "select count(distinct c.id) from turn t join conversation c on c.id = t.conversation_id"
                                + sql.where()))
                .mapTo(Integer.class).one());
    }

    public List<TurnView> transcript(long conversationId) {
        return jdbi.withHandle(h -> h.createQuery("select " + TURN_COLUMNS
                        + " where t.conversation_id = :c order by t.created_at, t.id")
                .bind("c", conversationId).map(TURN).list());
    }

    /** Filtered turns, oldest first, for the CSV export; at most {@code limit}. */
    public void turns(TurnFilter filter, int limit, Consumer<TurnView> each) {
        TurnFilterSql sql = new TurnFilterSql(filter, properties.getLowConfidence());
        jdbi.useHandle(h -> sql.bind(h.createQuery("select " + TURN_COLUMNS + sql.where()
                        + " order by t.created_at, t.id limit :n"))
                .bind("n", limit).setFetchSize(500).map(TURN).forEach(each));
    }

    public List<String> intentsSeen() {
        return jdbi.withHandle(h -> h.createQuery("select distinct intent from turn where intent is not null order by intent")
                .mapTo(String.class).list());
    }

    private static TurnView turn(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        double confidence = rs.getDouble("confidence");
        Double conf = rs.wasNull() ? null : confidence;
        int latency = rs.getInt("latency_ms");
        Integer lat = rs.wasNull() ? null : latency;
        return new TurnView(rs.getLong("id"), rs.getLong("conversation_id"), instant(rs.getTimestamp("created_at")),
                rs.getString("channel"), rs.getString("kind"), rs.getString("question"), rs.getString("reply_text"),
                rs.getString("reply_json"), rs.getString("intent"), conf, rs.getBoolean("fallback"),
                rs.getBoolean("handoff"), rs.getString("lang"), rs.getString("explanation"), rs.getString("citations"),
                lat, rs.getString("delivery"), rs.getString("delivery_error"), rs.getString("agent"),
                rs.getString("verdict"), rs.getString("correct_intent"), rs.getString("reviewer"),
                rs.getString("review_note"));
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
