package th.sso.hotline.line;

import th.sso.hotline.conversation.ChatOutcome;

/** An event turned into a recorded turn, with where its reply goes. */
record Routed(ChatOutcome outcome, String replyToken, String pushTo) {
}
