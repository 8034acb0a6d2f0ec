package th.sso.hotline.text;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The domain lexicon from {@code intents/glossary.yaml}: SSO terms with every way people write them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Glossary(List<Term> terms) {

    public Glossary {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /**
     * A term of the lexicon. {@code domain} says whose scheme the term names, when it names one: {@value #SSO} for
     * words only the Social Security Office's schemes use ("ประกันสังคม", "section 33"), {@value #OTHER} for another
     * agency's scheme ("บัตรทอง", "provident fund"); absent for everyday words. The classifier weighs a message that
     * names only another agency's schemes against the SSO's intents.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Term(String id, List<String> th, List<String> en, List<String> romanised, List<String> intents,
                       String domain) {

        public static final String SSO = "sso";
        public static final String OTHER = "other";

        public Term {
            th = th == null ? List.of() : List.copyOf(th);
            en = en == null ? List.of() : List.copyOf(en);
            romanised = romanised == null ? List.of() : List.copyOf(romanised);
            intents = intents == null ? List.of() : List.copyOf(intents);
            if (domain != null && !domain.equals(SSO) && !domain.equals(OTHER)) {
                throw new IllegalArgumentException("glossary term " + id + ": domain must be sso or other, not " + domain);
            }
        }

        /** A term that names no agency's scheme. */
        public Term(String id, List<String> th, List<String> en, List<String> romanised, List<String> intents) {
            this(id, th, en, romanised, intents, null);
        }

        public List<String> variants() {
            return java.util.stream.Stream.of(th, en, romanised).flatMap(List::stream).toList();
        }
    }
}
