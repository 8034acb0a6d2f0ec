package th.sso.hotline.dialogue;

import com.linecorp.bot.messaging.model.Message;
import th.sso.hotline.nlu.Language;

import java.util.List;

/**
 * What the assistant says to one message: the LINE messages to send and how it decided.
 * {@code intent} is null when nothing was understood.
 */
public record Reply(String intent, double confidence, boolean fallback, boolean handoff, Language lang,
                    List<Message> messages, List<Citation> citations, Decision explanation) {

    public Reply {
        messages = List.copyOf(messages);
        citations = List.copyOf(citations);
        explanation = explanation == null ? Decision.NONE : explanation;
    }
}
