package th.sso.hotline.dialogue;

import th.sso.hotline.nlu.Language;

import java.util.Optional;

/**
 * A question to answer. {@code text} is already masked of personal data; {@code topic} is the
 * conversation's previous topic, if still fresh, for follow-up questions.
 */
public record Inquiry(String text, Optional<Language> langHint, Optional<String> topic) {
}
