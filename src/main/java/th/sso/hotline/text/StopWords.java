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

    private StopWords() {
    }

    /** Question and function words of both languages, as analysed tokens. */
    public static Set<String> questionWords() {
        return QUESTION_WORDS;
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
