package th.sso.hotline.nlu;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import th.sso.hotline.text.Glossary;

/**
 * Whose scheme a message is about, from the glossary's {@code domain:} marks. A message that names another agency's
 * scheme (the gold card, a provident fund, กยศ., severance pay) and no word that only the Social Security Office's
 * schemes use is rarely an SSO question, however much of its other vocabulary (hospital, pension, deducted from my
 * salary) it shares with one. The vocabulary lives in {@code intents/glossary.yaml}, not here.
 */
public final class DomainEvidence {

    private final Set<String> sso = new HashSet<>();
    private final Set<String> other = new HashSet<>();

    public DomainEvidence(Glossary glossary) {
        for (Glossary.Term term : glossary.terms()) {
            if (Glossary.Term.SSO.equals(term.domain())) {
                sso.add(FeatureExtractor.conceptFeature(term.id()));
            } else if (Glossary.Term.OTHER.equals(term.domain())) {
                other.add(FeatureExtractor.conceptFeature(term.id()));
            }
        }
    }

    /** Whether the features of a message name another agency's scheme and nothing only the SSO's schemes have. */
    public boolean othersOnly(Map<String, Double> features) {
        boolean otherNamed = false;
        for (String feature : features.keySet()) {
            if (sso.contains(feature)) {
                return false;
            }
            otherNamed |= other.contains(feature);
        }
        return otherNamed;
    }
}
