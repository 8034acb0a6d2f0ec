package th.sso.hotline.staff.console;

import java.time.Instant;

/** A turn as staff read it in a transcript or an export, with its review if it has one. */
public record TurnView(long id, long conversationId, Instant createdAt, String channel, String kind,
                       String question, String replyText, String replyJson, String intent, Double confidence,
                       boolean fallback, boolean handoff, String lang, String explanation, String citations,
                       Integer latencyMs, String delivery, String deliveryError, String agent,
                       String verdict, String correctIntent, String reviewer, String reviewNote) {

    /** System events, media and unfollows: logged, but hidden in a transcript until staff ask for them. */
    public boolean isBackground() {
        return "system".equals(kind) || "media".equals(kind) || "unfollow".equals(kind);
    }

    /** A reply the bot chose (not an agent's, not a system notice such as "an officer has joined"). */
    public boolean isBotAnswer() {
        return replyText != null && !"agent".equals(kind) && !"system".equals(kind);
    }
}
