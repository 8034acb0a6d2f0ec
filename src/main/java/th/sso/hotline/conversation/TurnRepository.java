package th.sso.hotline.conversation;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

@Singleton
public class TurnRepository {

    private final Jdbi jdbi;

    public TurnRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long insert(Turn t) {
        return jdbi.withHandle(h -> h.createUpdate("""
                insert into turn(conversation_id, created_at, channel, event_id, kind, question, reply_text, reply_json,
                  intent, confidence, fallback, handoff, lang, explanation, citations, latency_ms, delivery,
                  delivery_error, agent)
                values(:conversationId, :createdAt, :channel, :eventId, :kind, :question, :replyText, :replyJson,
                  :intent, :confidence, :fallback, :handoff, :lang, :explanation, :citations, :latencyMs, :deliveryCode,
                  :deliveryError, :agent)""")
                .bindMethods(t)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    public void markDelivery(long turnId, Delivery delivery, String error) {
        jdbi.useHandle(h -> h.createUpdate("update turn set delivery = :d, delivery_error = :e where id = :id")
                .bind("d", delivery.code()).bind("e", error == null ? null : error.substring(0, Math.min(500, error.length())))
                .bind("id", turnId).execute());
    }

    public List<String> recentQuestions(long conversationId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                select question from turn where conversation_id = :c and question is not null
                order by created_at desc, id desc limit :n""")
                .bind("c", conversationId).bind("n", limit).mapTo(String.class).list());
    }
}
