package th.sso.hotline.nlu;

import java.util.List;

/**
 * What the classifier made of a message. {@code label} is the class (an intent id, or
 * {@code out_of_scope:<redirect>}); {@code intent} is always a taxonomy id.
 */
public record Classification(String label, String intent, double confidence, List<Candidate> ranked,
                             List<String> features, List<NearestExample> nearest, boolean hasSignal) {

    public record Candidate(String intent, double probability) {
    }

    public record NearestExample(String text, String label, double similarity) {
    }

    public String redirect() {
        int i = label.indexOf(':');
        return i < 0 ? null : label.substring(i + 1);
    }
}
