package th.sso.hotline.conversation;

import th.sso.hotline.dialogue.Reply;

/** The recorded turn and the reply to send; {@code reply} is null when the bot must stay silent. */
public record ChatOutcome(long turnId, Reply reply, long conversationId) {
}
