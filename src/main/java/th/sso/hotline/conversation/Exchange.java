package th.sso.hotline.conversation;

/** Who is asking, through which channel, and the event it came in (null outside LINE). */
public record Exchange(Channel channel, String externalUserId, String eventId) {
}
