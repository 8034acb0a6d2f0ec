package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.ExampleAnalyses;
import th.sso.hotline.nlu.FeatureExtractor;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the specific question of an intent that a message asks ("เงินว่างงานจะเข้าวันไหน" under unemployment), by
 * the nearest example wording: cosine similarity of the same features the intent classifier uses. Below
 * {@link #MIN_SIMILARITY}, or when one of the intent's general wordings is at least as near (a general question such
 * as "ว่างงานได้เงินเท่าไหร่" must not get the contract-ended answer), the message gets the intent's overview.
 */
@Singleton
public class SpecificAnswers {

    /** Checked by hand on the specifics' own wordings: paraphrases of one question score 0.6 and up, a
     * short message that shares only a section name with a specific ("สมัคร ม.40 ยังไง") scores below. */
    static final double MIN_SIMILARITY = 0.6;

    public record Match(IntentDefinition.Specific specific, double similarity, String nearest) {
    }

    private record Example(IntentDefinition.Specific specific, String text, Map<String, Double> features) {
    }

    private final FeatureExtractor features;
    private final Map<String, List<Example>> byIntent = new HashMap<>();
    private final Map<String, List<Map<String, Double>>> generalByIntent = new HashMap<>();

    /** {@code analysed} gives the example wordings' features (kept between restarts), {@code features} a message's. */
    public SpecificAnswers(IntentCatalog catalog, FeatureExtractor features, ExampleAnalyses analysed) {
        this.features = features;
        for (IntentDefinition intent : catalog.all()) {
            List<Example> examples = new ArrayList<>();
            for (IntentDefinition.Specific s : intent.specifics()) {
                List<String> wordings = new ArrayList<>(s.examples() == null ? List.of() : s.examples().all());
                if (s.question() != null) {
                    wordings.add(s.question().th());
                    wordings.add(s.question().en());
                }
                wordings.stream().filter(w -> w != null && !w.isBlank())
                        .forEach(w -> examples.add(new Example(s, w, analysed.features(w))));
            }
            byIntent.put(intent.id(), List.copyOf(examples));
            if (!examples.isEmpty() && intent.examples() != null) {
                generalByIntent.put(intent.id(), intent.examples().all().stream().map(analysed::features).toList());
            }
        }
    }

    public Optional<Match> find(String intentId, String message) {
        List<Example> examples = byIntent.getOrDefault(intentId, List.of());
        if (examples.isEmpty() || message == null || message.isBlank()) {
            return Optional.empty();
        }
        Map<String, Double> asked = features.extract(message);
        Example best = null;
        double bestScore = 0;
        for (Example e : examples) {
            double score = cosine(asked, e.features());
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        if (best == null || bestScore < MIN_SIMILARITY) {
            return Optional.empty();
        }
        for (Map<String, Double> general : generalByIntent.getOrDefault(intentId, List.of())) {
            if (cosine(asked, general) >= bestScore) {
                return Optional.empty();
            }
        }
        return Optional.of(new Match(best.specific(), bestScore, best.text()));
    }

    /** Both vectors are L2-normalised by the extractor, so the dot product is the cosine. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }
}
