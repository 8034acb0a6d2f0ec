package th.sso.hotline.text;

import org.apache.lucene.analysis.Analyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words retrieval leaves out of a question, one resource file per language ({@code text/stopwords-th.txt},
 * {@code text/stopwords-en.txt}), in the form the analyzer gives them. English words are put through the analyzer
 * here, so the files hold words, not stemmer output; Thai has no stemmer and its file already lists tokens.
 */
public final class StopWords {

    private static final Set<String> QUESTION_WORDS = load();
    /** The glossary's question-type concepts: they say what kind of answer is wanted and name no subject. */
    private static final Set<String> QUESTION_CONCEPTS = Set.of("@how_much", "@when", "@how_to");
    private static final Set<String> QUESTION_TERMS = union(QUESTION_WORDS, QUESTION_CONCEPTS);

    private StopWords() {
    }

    /** Question and function words of both languages, as analysed tokens. */
    public static Set<String> questionWords() {
        return QUESTION_WORDS;
    }

    /**
     * Everything in a question that asks rather than names: the question and function words of both languages
     * and the question-type concepts. What is left says what the question is about.
     */
    public static Set<String> questionTerms() {
        return QUESTION_TERMS;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Set<String> load() {
        Set<String> words = new LinkedHashSet<>(lines("text/stopwords-th.txt"));
        try (Analyzer plain = new ThaiChatAnalyzer()) {
            for (String word : lines("text/stopwords-en.txt")) {
                words.addAll(GlossarySynonyms.tokens(plain, word));
            }
        }
        return Set.copyOf(words);
    }

    static List<String> lines(String resource) {
        InputStream in = StopWords.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
