package th.sso.hotline.conversation;

import java.util.Locale;

/** How a turn's reply reached the person, as stored in {@code turn.delivery} (the lower-case {@link #code()}). */
public enum Delivery {
    /** A LINE reply not yet sent (the worker sends it after the turn is written). */
    PENDING,
    SENT,
    /** LINE refused it; {@code delivery_error} says why. */
    FAILED,
    /** The reply window ran out and pushing was not allowed: staff see it, the person did not. */
    UNDELIVERED,
    /** LINE refused the token as used after an attempt that may have got through: never sent again. */
    UNKNOWN,
    /** Nothing to deliver: an event that needs no answer, a message the bot kept silent on, an agent's reply in a chat
     *  outside LINE. */
    NONE,
    /** Returned in the response to the request that asked (the ask API, the console's simulator). */
    DIRECT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
