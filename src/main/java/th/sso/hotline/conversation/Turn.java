package th.sso.hotline.conversation;

import java.time.Instant;

/**
 * One exchange as stored for staff: the (masked) question and what was answered, and how it was decided. Made
 * through the factory of its kind, which says which fields that kind has.
 */
public record Turn(Long id, long conversationId, Instant createdAt, String channel, String eventId, String kind,
                   String question, String replyText, String replyJson, String intent, Double confidence,
                   boolean fallback, boolean handoff, String lang, String explanation, String citations,
                   Integer latencyMs, Delivery delivery, String deliveryError, String agent) {

    /** The kind of an agent's message. */
    public static final String AGENT = "agent";

    /** What the bot answered, in the forms stored: text for reading and search, JSON for the console and exports. */
    public record Answer(String text, String json, String intent, double confidence, boolean fallback, boolean handoff,
                         String lang, String explanation, String citations) {
    }

    /** An event that needs no answer (an unfollow, unknown button data, an event type not handled), kept in the log. */
    public static Turn systemEvent(long conversationId, Instant at, String channel, String eventId, String kind,
                                   String what, String lang) {
        return new Turn(null, conversationId, at, channel, eventId, kind, what, null, null, null, null, false, false,
                lang, null, null, null, Delivery.NONE, null, null);
    }

    /** A citizen's message the bot kept silent on because an agent holds the chat. */
    public static Turn citizenMessage(long conversationId, Instant at, String channel, String eventId, String kind,
                                      String question, String lang, String explanation) {
        return new Turn(null, conversationId, at, channel, eventId, kind, question, null, null, null, null, false, true,
                lang, explanation, null, 0, Delivery.NONE, null, null);
    }

    /** The bot's answer to a message (or a button, a new follower, a media message) with the message itself. */
    public static Turn botAnswer(long conversationId, Instant at, String channel, String eventId, String kind,
                                 String question, Answer answer, int latencyMs, Delivery delivery) {
        return new Turn(null, conversationId, at, channel, eventId, kind, question, answer.text(), answer.json(),
                answer.intent(), answer.confidence(), answer.fallback(), answer.handoff(), answer.lang(),
                answer.explanation(), answer.citations(), latencyMs, delivery, null, null);
    }

    /** An agent's message to the citizen, as masked for storage, and how its delivery ended. */
    /** A notice the service sent on an agent's behalf (taken, released), shown with the agent's turns. */
    public static Turn systemNotice(long conversationId, Instant at, String channel, String text, String lang,
                                    Delivery delivery, String deliveryError, String agent) {
        return new Turn(null, conversationId, at, channel, null, "system", null, text, null, null, null, false, false,
                lang, null, null, null, delivery, deliveryError, agent);
    }

    public static Turn agentReply(long conversationId, Instant at, String channel, String maskedText, String lang,
                                  Delivery delivery, String deliveryError, String agent) {
        return new Turn(null, conversationId, at, channel, null, AGENT, null, maskedText, null, null, null, false, true,
                lang, null, null, null, delivery, deliveryError, agent);
    }

    /** The stored form of {@link #delivery()}. */
    public String deliveryCode() {
        return delivery == null ? null : delivery.code();
    }
}
