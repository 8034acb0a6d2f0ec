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

    /** A fallback question, for grouping the unanswered ones. */
    public record Unanswered(long turnId, long conversationId, Instant at, String question) {
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
        return jdbi.withHandle(h -> h.createQuery("""
                select t.id, t.conversation_id, t.created_at, t.question from turn t
                where t.fallback = true and t.kind = 'text' and t.question is not null and t.created_at >= :from
                order by t.created_at desc, t.id desc limit :n""")
                .bind("from", from).bind("n", limit)
                .map((rs, ctx) -> new Unanswered(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .list());
    }
}
