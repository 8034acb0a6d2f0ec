package th.sso.hotline.conversation;

import java.time.Instant;

/** {@code memory}: the stored {@code dialogue.SlotMemory}, written at {@code memoryAt}, or null. */
public record Conversation(long id, String userKey, String channel, Instant startedAt, Instant lastAt, String lang,
                           String topicIntent, Instant topicAt, HandoffState handoffState, String handoffAgent,
                           Instant handoffAt, String handoffSummary, String memory, Instant memoryAt) {
}
