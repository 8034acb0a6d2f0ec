package th.sso.hotline.staff.handoff;

/**
 * One change the desk shows: {@code turn} (a new turn in a conversation), {@code handoff} (a conversation was
 * queued, taken, released or dismissed; {@code state} and {@code agent} are its new state and holder) or {@code queue} (the desk's counts
 * changed: {@code open} chats, {@code attention} of them queued or with an unanswered citizen message).
 * Carries ids and counts only: pages fetch what they show, so no personal data travels in the stream.
 */
public record LiveEvent(String type, Long conversation, Long turn, String state, String agent, Long open,
                        Long attention) {

    static LiveEvent turn(long conversation, long turn) {
        return new LiveEvent("turn", conversation, turn, null, null, null, null);
    }

    static LiveEvent handoff(long conversation, String state, String agent) {
        return new LiveEvent("handoff", conversation, null, state, agent, null, null);
    }

    static LiveEvent queue(long open, long attention) {
        return new LiveEvent("queue", null, null, null, null, open, attention);
    }

    static LiveEvent ping() {
        return new LiveEvent("ping", null, null, null, null, null, null);
    }
}
