package th.sso.hotline.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.core.type.TypeReference;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Message;
import jakarta.inject.Singleton;

import java.util.List;

/** LINE message objects in the Messaging API's own JSON, as the SDK writes them. */
@Singleton
public class MessageJson {

    private final ObjectMapper mapper = ModelObjectMapper.createNewObjectMapper();
    /** Written as {@code List<Message>} so each message carries its {@code type}, as LINE expects. */
    private final ObjectWriter messagesWriter = mapper.writerFor(new TypeReference<List<Message>>() { });

    public JsonNode toTree(List<Message> messages) {
        try {
            return mapper.readTree(messagesWriter.writeValueAsString(messages));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise messages", e);
        }
    }

    public String writeMessages(List<Message> messages) {
        try {
            return messagesWriter.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise messages", e);
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
