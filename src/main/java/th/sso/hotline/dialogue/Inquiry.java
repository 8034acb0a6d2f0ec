package th.sso.hotline.dialogue;

import th.sso.hotline.nlu.Language;

import java.util.Optional;

/**
 * A question to answer. {@code text} is already masked of personal data; {@code topic} is the
 * conversation's previous topic, if still fresh, for follow-up questions; {@code memory} what the conversation
 * still remembers for calculations (facts given earlier, the fact last asked for).
 */
public record Inquiry(String text, Optional<Language> langHint, Optional<String> topic, SlotMemory memory) {

    public Inquiry {
        memory = memory == null ? SlotMemory.NONE : memory;
    }

    public Inquiry(String text, Optional<Language> langHint, Optional<String> topic) {
        this(text, langHint, topic, SlotMemory.NONE);
    }
}
