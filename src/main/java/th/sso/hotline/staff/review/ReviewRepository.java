package th.sso.hotline.staff.review;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Staff verdicts on the bot's answers: one per turn, a later review replaces the earlier. */
@Singleton
public class ReviewRepository {

    /** A reviewed question and the intent it belongs to (the bot's if right, the reviewer's if wrong). */
    public record ReviewedExample(long turnId, String question, String lang, String intent, String verdict) {
    }

    /**
     * A question for the training inbox: a fallback, or an answer given without an intent below the low-confidence
     * line; with the bot's intent and confidence and the review, if there is one.
     */
    public record Unanswered(long turnId, long conversationId, Instant at, String question, String intent,
                             Double confidence, boolean fallback, String verdict, String reviewer, String note) {

        public Unanswered(long turnId, long conversationId, Instant at, String question) {
            this(turnId, conversationId, at, question, null, null, true, null, null, null);
        }

        public boolean reviewed() {
            return verdict != null;
        }
    }

    /** The conversation of a turn and the intent the bot gave it. */
    public record TurnRef(long conversationId, String intent) {
    }

    private final Jdbi jdbi;

    public ReviewRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The conversation of the turn, empty when there is no such turn. */
    public Optional<Long> conversationOf(long turnId) {
        return jdbi.withHandle(h -> h.createQuery("select conversation_id from turn where id = :id")
                .bind("id", turnId).mapTo(Long.class).findOne());
    }

    public Optional<TurnRef> turn(long turnId) {
        return jdbi.withHandle(h -> h.createQuery("select conversation_id, intent from turn where id = :id")
                .bind("id", turnId).map((rs, ctx) -> new TurnRef(rs.getLong(1), rs.getString(2))).findOne());
    }

    /** Of these turns, the ones that are typed citizen questions (what the inbox lists), in the order given. */
    public List<Long> questionTurns(List<Long> turnIds) {
        if (turnIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery(
                        "select id from turn where id in (<ids>) and kind = 'text' and question is not null order by id")
                .bindList("ids", turnIds).mapTo(Long.class).list());
    }

    public void save(long turnId, String reviewer, String verdict, String correctIntent, String note, Instant at) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("""
                    update turn_review set reviewer = :r, verdict = :v, correct_intent = :i, note = :n, reviewed_at = :t
                    where turn_id = :turn""")
                    .bind("r", reviewer).bind("v", verdict).bind("i", correctIntent).bind("n", note).bind("t", at)
                    .bind("turn", turnId).execute();
            if (updated == 0) {
                h.createUpdate("""
                        insert into turn_review(turn_id, reviewer, verdict, correct_intent, note, reviewed_at)
                        values(:turn, :r, :v, :i, :n, :t)""")
                        .bind("r", reviewer).bind("v", verdict).bind("i", correctIntent).bind("n", note).bind("t", at)
                        .bind("turn", turnId).execute();
            }
        });
    }

    /** Reviewed questions that say which intent they belong to, oldest first. */
    public List<ReviewedExample> examples() {
        return jdbi.withHandle(h -> h.createQuery("""
                select t.id, t.question, t.lang, r.verdict,
                  case when r.verdict = 'wrong' then r.correct_intent else t.intent end example_intent
                from turn_review r join turn t on t.id = r.turn_id
                where t.question is not null
                  and ((r.verdict = 'wrong' and r.correct_intent is not null) or (r.verdict = 'right' and t.intent is not null))
                order by r.reviewed_at, t.id""")
                .map((rs, ctx) -> new ReviewedExample(rs.getLong("id"), rs.getString("question"), rs.getString("lang"),
                        rs.getString("example_intent"), rs.getString("verdict")))
                .list());
    }

    /** Typed questions the bot could not answer, newest first, since {@code from}. */
    public List<Unanswered> unanswered(Instant from, int limit) {
        return inbox(from, -1, limit);
    }

    /**
     * The training inbox since {@code from}, newest first: typed questions the bot could not answer or refused, and
     * ones it answered without an intent below {@code lowConfidence} (from announcements only, a guess worth a look).
     */
    public List<Unanswered> inbox(Instant from, double lowConfidence, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                select t.id, t.conversation_id, t.created_at, t.question, t.intent, t.confidence, t.fallback,
                  r.verdict, r.reviewer, r.note
                from turn t left join turn_review r on r.turn_id = t.id
                where t.kind = 'text' and t.question is not null and t.created_at >= :from
                  and (t.fallback = true or (t.intent is null and t.confidence < :low))
                order by t.created_at desc, t.id desc limit :n""")
                .bind("from", from).bind("low", lowConfidence).bind("n", limit)
                .map((rs, ctx) -> {
                    double c = rs.getDouble("confidence");
                    Double confidence = rs.wasNull() ? null : c;
                    return new Unanswered(rs.getLong("id"), rs.getLong("conversation_id"),
                            rs.getTimestamp("created_at").toInstant(), rs.getString("question"), rs.getString("intent"),
                            confidence, rs.getBoolean("fallback"), rs.getString("verdict"), rs.getString("reviewer"),
                            rs.getString("note"));
                })
                .list());
    }
}
