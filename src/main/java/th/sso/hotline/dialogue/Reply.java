package th.sso.hotline.dialogue;

import com.linecorp.bot.messaging.model.Message;
import th.sso.hotline.nlu.Language;

import java.util.List;

/**
 * What the assistant says to one message: the LINE messages to send and how it decided.
 * {@code intent} is null when nothing was understood. {@code memory} is what the conversation should remember for
 * the next message (the person's facts and the fact just asked for); {@link SlotMemory#NONE} forgets.
 */
public record Reply(String intent, double confidence, boolean fallback, boolean handoff, Language lang,
                    List<Message> messages, List<Citation> citations, Decision explanation, SlotMemory memory) {

    public Reply {
        messages = List.copyOf(messages);
        citations = List.copyOf(citations);
        explanation = explanation == null ? Decision.NONE : explanation;
        memory = memory == null ? SlotMemory.NONE : memory;
    }

    public Reply(String intent, double confidence, boolean fallback, boolean handoff, Language lang,
                 List<Message> messages, List<Citation> citations, Decision explanation) {
        this(intent, confidence, fallback, handoff, lang, messages, citations, explanation, SlotMemory.NONE);
    }

    public Reply withMemory(SlotMemory remembered) {
        return new Reply(intent, confidence, fallback, handoff, lang, messages, citations, explanation, remembered);
    }
}
