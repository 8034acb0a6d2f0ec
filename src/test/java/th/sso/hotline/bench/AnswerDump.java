package th.sso.hotline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import th.sso.hotline.dialogue.DialogueEngine;
import th.sso.hotline.dialogue.Inquiry;
import th.sso.hotline.dialogue.MessageJson;
import th.sso.hotline.dialogue.Reply;
import th.sso.hotline.dialogue.SlotMemory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Every reply of the answer path to the messages of some JSON-lines sets, written one line per message (intent,
 * confidence, flags, the LINE messages as JSON, the citations with their scores, the decision), so that two builds can
 * be compared line by line: a performance change must not change one reply. Context messages ({@code context}) are
 * answered first, each reply's intent and memory carried to the next message. Caches of recent work are off, as in
 * the benchmarks.
 * <p>
 * {@code java -cp CP th.sso.hotline.bench.AnswerDump OUT SET.jsonl...}
 */
public final class AnswerDump {

    private AnswerDump() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (ApplicationContext context = BenchContext.start(Map.of("hotline.model-dir", System.getProperty("model.dir", "target/bench-model"),
                "hotline.search.cache.size", 0, "hotline.nlu.cache-size", 0));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            DialogueEngine engine = context.getBean(DialogueEngine.class);
            MessageJson messages = context.getBean(MessageJson.class);
            for (int f = 1; f < args.length; f++) {
                for (String line : Files.readAllLines(Path.of(args[f]), StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode item = json.readTree(line);
                    String text = item.hasNonNull("text") ? item.get("text").asText() : item.path("question").asText();
                    Optional<String> topic = Optional.empty();
                    SlotMemory memory = SlotMemory.NONE;
                    for (JsonNode previous : item.path("context")) {
                        Reply r = engine.answer(new Inquiry(previous.asText(), Optional.empty(), topic, memory));
                        topic = r.intent() != null ? Optional.of(r.intent()) : topic;
                        memory = r.memory();
                    }
                    Reply r = engine.answer(new Inquiry(text, Optional.empty(), topic, memory));
                    out.println(Path.of(args[f]).getFileName() + "#" + item.path("id").asText() + "\t" + r.intent()
                            + "\t" + r.confidence() + "\t" + r.fallback() + "\t" + r.handoff() + "\t" + r.lang()
                            + "\t" + messages.writeMessages(r.messages()) + "\t" + json.writeValueAsString(r.citations())
                            + "\t" + r.explanation() + "\t" + r.memory());
                }
            }
        }
    }
}
