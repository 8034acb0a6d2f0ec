package th.sso.hotline.staff.console;

import java.time.Instant;

/** One line of the conversation list: the conversation and what its matching turns show. */
public record ConversationRow(long id, String channel, String lang, String handoffState, String handoffAgent,
                              Instant lastTurn, int turns, int fallbacks, String lastQuestion) {
}
