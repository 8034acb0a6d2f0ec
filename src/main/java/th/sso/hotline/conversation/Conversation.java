package th.sso.hotline.conversation;

import java.time.Instant;

public record Conversation(long id, String userKey, String channel, Instant startedAt, Instant lastAt, String lang,
                           String topicIntent, Instant topicAt, HandoffState handoffState, String handoffAgent,
                           Instant handoffAt, String handoffSummary) {
}
