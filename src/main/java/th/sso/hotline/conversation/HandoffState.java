package th.sso.hotline.conversation;

/** Who answers a conversation: the bot, the staff queue (bot still answers), or an agent (bot silent). */
public enum HandoffState {
    BOT, QUEUED, AGENT
}
