package th.sso.hotline.conversation;

import java.time.Instant;

/** One exchange as stored for staff: the (masked) question and what was answered, and how it was decided. */
public record Turn(Long id, long conversationId, Instant createdAt, String channel, String eventId, String kind,
                   String question, String replyText, String replyJson, String intent, Double confidence,
                   boolean fallback, boolean handoff, String lang, String explanation, String citations,
                   Integer latencyMs, String delivery, String deliveryError, String agent) {
}
