package th.sso.hotline.staff.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** The quick-reply buttons of a stored reply ({@code turn.reply_json}, LINE's message JSON). */
public final class QuickReplies {

    public record Choice(String label, String data) {
    }

    private QuickReplies() {
    }

    public static List<Choice> of(ObjectMapper mapper, String replyJson) {
        List<Choice> choices = new ArrayList<>();
        if (replyJson == null || replyJson.isBlank()) {
            return choices;
        }
        try {
            for (JsonNode message : mapper.readTree(replyJson)) {
                for (JsonNode item : message.path("quickReply").path("items")) {
                    JsonNode action = item.path("action");
                    if (action.hasNonNull("data")) {
                        choices.add(new Choice(action.path("label").asText(), action.path("data").asText()));
                    }
                }
            }
        } catch (Exception e) {
            return List.of();
        }
        return choices;
    }
}
