package th.sso.hotline.nlu;

import java.util.List;

/**
 * What the classifier made of a message. {@code label} is the class (an intent id, or
 * {@code out_of_scope:<redirect>}); {@code intent} is always a taxonomy id. {@code outOfScopeProbability} is the
 * share of the out-of-scope classes (every redirect together), the explicit competitor an answer has to beat.
 * {@code othersOnly} is set when the message names another agency's scheme and nothing only the SSO's schemes have
 * ({@link DomainEvidence}); the SSO intents were then weighed down.
 */
public record Classification(String label, String intent, double confidence, List<Candidate> ranked,
                             List<String> features, List<NearestExample> nearest, boolean hasSignal,
                             double outOfScopeProbability, boolean othersOnly) {

    /** A reading with an out-of-scope probability, of a message not (or not known to be) about another agency only. */
    public Classification(String label, String intent, double confidence, List<Candidate> ranked, List<String> features,
                          List<NearestExample> nearest, boolean hasSignal, double outOfScopeProbability) {
        this(label, intent, confidence, ranked, features, nearest, hasSignal, outOfScopeProbability, false);
    }

    /** A reading with no out-of-scope probability of its own (a button, a stub, a model without that class). */
    public Classification(String label, String intent, double confidence, List<Candidate> ranked, List<String> features,
                          List<NearestExample> nearest, boolean hasSignal) {
        this(label, intent, confidence, ranked, features, nearest, hasSignal, 0.0);
    }

    public record Candidate(String intent, double probability) {
    }

    public record NearestExample(String text, String label, double similarity) {
    }

    /**
     * Whether the out-of-scope classes are too close to the chosen intent to answer from it: the intent must be at
     * least {@code ratio} times as likely as out of scope. Zero or less turns the rule off.
     */
    public boolean outOfScopeTooClose(double ratio) {
        return ratio > 0 && !IntentCatalog.OUT_OF_SCOPE.equals(intent) && outOfScopeProbability * ratio >= confidence;
    }

    /**
     * Whether another intent is too close to the chosen one to answer from it without asking: the chosen intent must
     * be at least {@code ratio} times as likely as the next in-scope intent. Zero or less turns the rule off.
     */
    public boolean runnerUpTooClose(double ratio) {
        if (ratio <= 0 || IntentCatalog.OUT_OF_SCOPE.equals(intent)) {
            return false;
        }
        for (Candidate other : ranked) {
            if (!other.intent().equals(intent) && !IntentCatalog.OUT_OF_SCOPE.equals(other.intent())) {
                return other.probability() * ratio >= confidence;
            }
        }
        return false;
    }

    public String redirect() {
        int i = label.indexOf(':');
        return i < 0 ? null : label.substring(i + 1);
    }
}
