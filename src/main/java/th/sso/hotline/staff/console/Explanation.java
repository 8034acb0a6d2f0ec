package th.sso.hotline.staff.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.sso.hotline.knowledge.corpus.WebLinks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the bot decided, read from {@code turn.explanation}: the classifier's label, its ranked intents,
 * the features it saw and the nearest training examples, plus any other notes (fallback reason, follow-up).
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
        JsonNode root = read(mapper, json);
        if (root == null || !root.isObject()) {
            return new Explanation(null, List.of(), List.of(), List.of(), Map.of());
        }
        List<Ranked> ranked = new ArrayList<>();
        root.path("ranked").forEach(n -> ranked.add(new Ranked(n.path("intent").asText(), n.path("probability").asDouble())));
        List<String> features = new ArrayList<>();
        root.path("features").forEach(n -> features.add(n.asText()));
        List<Nearest> nearest = new ArrayList<>();
        root.path("nearest").forEach(n -> nearest.add(new Nearest(n.path("text").asText(), n.path("label").asText(),
                n.path("similarity").asDouble())));
        Map<String, String> notes = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (!List.of("label", "ranked", "features", "nearest").contains(e.getKey())) {
                notes.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        });
        String label = root.hasNonNull("label") ? root.get("label").asText() : null;
        return new Explanation(label, ranked, features, nearest, notes);
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
