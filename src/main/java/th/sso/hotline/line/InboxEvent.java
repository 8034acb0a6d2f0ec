package th.sso.hotline.line;

import java.time.Instant;

/** A webhook event as kept in the inbox until it is handled. */
public record InboxEvent(String eventId, String type, Instant eventTime, boolean redelivery, String payload) {
}
