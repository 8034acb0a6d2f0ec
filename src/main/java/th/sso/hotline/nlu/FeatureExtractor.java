package th.sso.hotline.nlu;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.sso.hotline.text.ThaiChatAnalyzer;
import th.sso.hotline.text.ThaiScript;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.text.TextAnalysis;

/**
 * Sparse features of a message for the intent classifier: analysed words and glossary concepts,
 * word bigrams, and character n-grams that survive misspellings and Thai segmentation errors.
 */
public final class FeatureExtractor {

    private static final double WORD = 1.0;
    private static final double CONCEPT = 1.2;
    private static final double BIGRAM = 0.6;
    private static final double NGRAM = 0.35;

    private final TextAnalysis analysis;
    private final TextNormalizer normalizer;
    /** The last message this thread analysed and its features. */
    private final ThreadLocal<Object[]> last = new ThreadLocal<>();

    public FeatureExtractor(TextAnalysis analysis, TextNormalizer normalizer) {
        this.analysis = analysis;
        this.normalizer = normalizer;
    }

    /** The glossary whose concepts become features: part of what a trained model depends on. */
    public th.sso.hotline.text.Glossary glossary() {
        return analysis.glossary();
    }

    /**
     * The features of a message, read-only. The classifier and then the specific answers read the same message on
     * the same thread, so the last message's features are kept per thread and the text is analysed once.
     */
    public Map<String, Double> extract(String text) {
        if (text == null) {
            return compute(null);
        }
        Object[] memo = last.get();
        if (memo != null && text.equals(memo[0])) {
            @SuppressWarnings("unchecked")
            Map<String, Double> kept = (Map<String, Double>) memo[1];
            return kept;
        }
        Map<String, Double> f = Collections.unmodifiableMap(compute(text));
        last.set(new Object[] {text, f});
        return f;
    }

    /** A text's tokens ({@link TextAnalysis#tokens}) and its features ({@link #extract}), from one analysis. */
    public record Analysed(List<String> tokens, Map<String, Double> features) {
    }

    /** The tokens and the features of a non-null text, the text analysed once for both. */
    public Analysed analyse(String text) {
        List<String> tokens = analysis.tokens(text);
        return new Analysed(List.copyOf(tokens), Collections.unmodifiableMap(compute(text, tokens)));
    }

    /** The feature of a glossary concept, by the term's id. */
    static String conceptFeature(String termId) {
        return "c:" + ThaiChatAnalyzer.CONCEPT_PREFIX + termId;
    }

    private Map<String, Double> compute(String text) {
        return compute(text, analysis.tokens(text));
    }

    private Map<String, Double> compute(String text, List<String> tokens) {
        Map<String, Double> f = new LinkedHashMap<>();
        String previous = null;
        for (String token : tokens) {
            boolean concept = TextAnalysis.isConcept(token);
            f.merge((concept ? "c:" : "w:") + token, concept ? CONCEPT : WORD, Math::max);
            if (!concept) {
                if (previous != null) {
                    f.merge("b:" + previous + "_" + token, BIGRAM, Math::max);
                }
                previous = token;
            }
        }
        addCharNgrams(normalizer.normalize(text), f);
        double norm = Math.sqrt(f.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            f.replaceAll((k, v) -> v / norm);
        }
        return f;
    }

    private static void addCharNgrams(String s, Map<String, Double> f) {
        StringBuilder thai = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean isThai = ThaiScript.isLetterOrMark(c);
            boolean isLatinOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (isThai) {
                flush(latin, f, true);
                thai.append(c);
            } else if (isLatinOrDigit) {
                flush(thai, f, false);
                latin.append(c);
            } else if (c != ' ' || latin.length() > 0) {
                // A space inside Thai text is only a pause; other characters end the run.
                flush(latin, f, true);
                if (c != ' ') {
                    flush(thai, f, false);
                }
            }
        }
        flush(thai, f, false);
    }

    private static void flush(StringBuilder run, Map<String, Double> f, boolean latin) {
        if (run.length() == 0) {
            return;
        }
        String s = latin ? "#" + run + "#" : run.toString();
        for (int n = 3; n <= (latin ? 4 : 3); n++) {
            for (int i = 0; i + n <= s.length(); i++) {
                f.merge("g:" + s.substring(i, i + n), NGRAM, Math::max);
            }
        }
        run.setLength(0);
    }
}
