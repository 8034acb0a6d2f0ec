package th.sso.hotline.text;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The domain lexicon from {@code intents/glossary.yaml}: SSO terms with every way people write them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Glossary(List<Term> terms) {

    public Glossary {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Term(String id, List<String> th, List<String> en, List<String> romanised, List<String> intents) {

        public Term {
            th = th == null ? List.of() : List.copyOf(th);
            en = en == null ? List.of() : List.copyOf(en);
            romanised = romanised == null ? List.of() : List.copyOf(romanised);
            intents = intents == null ? List.of() : List.copyOf(intents);
        }

        public List<String> variants() {
            return java.util.stream.Stream.of(th, en, romanised).flatMap(List::stream).toList();
        }
    }
}
