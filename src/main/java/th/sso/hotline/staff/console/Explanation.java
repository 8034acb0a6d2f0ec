package th.sso.hotline.staff.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.sso.hotline.dialogue.Decision;
import th.sso.hotline.knowledge.corpus.WebLinks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the bot decided, read from {@code turn.explanation} (a {@link Decision}, as written by the dialogue): the
 * classifier's label, its ranked intents, the features it saw and the nearest training examples, plus its notes.
 * Unknown or malformed JSON gives an empty explanation rather than a broken page.
 */
public record Explanation(String label, List<Ranked> ranked, List<String> features, List<Nearest> nearest,
                          Map<String, String> notes) {

    public record Ranked(String intent, double probability) {
    }

    public record Nearest(String text, String label, double similarity) {
    }

    public record Source(String title, String url, String date, String passage) {
    }

    public boolean isEmpty() {
        return label == null && ranked.isEmpty() && features.isEmpty() && nearest.isEmpty() && notes.isEmpty();
    }

    public static Explanation parse(ObjectMapper mapper, String json) {
        Decision d = Decision.fromJson(read(mapper, json));
        Map<String, String> notes = new LinkedHashMap<>();
        d.notes().forEach((note, value) -> notes.put(note.key(), value));
        return new Explanation(d.label(),
                d.ranked().stream().map(r -> new Ranked(r.intent(), r.probability())).toList(),
                d.features(),
                d.nearest().stream().map(n -> new Nearest(n.text(), n.label(), n.similarity())).toList(),
                notes);
    }

    public static List<Source> citations(ObjectMapper mapper, String json) {
        JsonNode root = read(mapper, json);
        List<Source> sources = new ArrayList<>();
        if (root != null) {
            // Turns stored before links were checked may hold any URL: only http(s) becomes a link.
            root.forEach(n -> sources.add(new Source(n.path("title").asText(""), WebLinks.httpOrNull(n.path("url").asText("")),
                    n.path("date").asText(""), n.path("passage").asText(""))));
        }
        return sources;
    }

    private static JsonNode read(ObjectMapper mapper, String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            return null;
        }
    }
}
