package th.sso.hotline.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The project's analyzer with the glossary loaded: one place that turns text into tokens and concepts. */
public final class TextAnalysis implements AutoCloseable {

    private final ThaiChatAnalyzer analyzer;
    private final Glossary glossary;
    private final Analyzer gramAnalyzer = new ThaiGramAnalyzer();

    public TextAnalysis(Glossary glossary) {
        this(glossary, GlossarySynonyms.build(glossary));
    }

    /** With the glossary's synonym map already built ({@link GlossarySynonyms#build}, or read back as written). */
    public TextAnalysis(Glossary glossary, org.apache.lucene.analysis.synonym.SynonymMap synonyms) {
        this.glossary = glossary;
        this.analyzer = new ThaiChatAnalyzer(synonyms);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** The same analyzer, typed, for the index build ({@link ThaiChatAnalyzer#forFoldedText()}). */
    public ThaiChatAnalyzer chatAnalyzer() {
        return analyzer;
    }

    public Glossary glossary() {
        return glossary;
    }

    /** Word tokens and concept tokens ({@code @id}) of a text, in order. */
    public List<String> tokens(String text) {
        return GlossarySynonyms.tokens(analyzer, text);
    }

    /** The analyzer of the character trigram field. */
    public Analyzer gramAnalyzer() {
        return gramAnalyzer;
    }

    /**
     * A question read once for retrieval: its word and concept tokens (as {@link #tokens}), and the distinct
     * character trigrams of the Thai words it is about, at most {@code maxGrams}. The trigrams come from runs of
     * adjacent words with particles and the given question words left out, so "ได้เงินกี่บาท" adds nothing and
     * no trigram spans a dropped word.
     */
    public record QuestionTerms(List<String> tokens, Set<String> grams) {

        /** Read-only: a question's terms may be kept and shared. */
        public QuestionTerms {
            tokens = List.copyOf(tokens);
            grams = Collections.unmodifiableSet(new LinkedHashSet<>(grams));
        }
    }

    public QuestionTerms questionTerms(String text, Set<String> questionWords, int maxGrams) {
        List<String> tokens = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int position = -1;
        int lastKept = Integer.MIN_VALUE;
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                String token = term.toString();
                tokens.add(token);
                if (isConcept(token) || questionWords.contains(token)) {
                    continue;
                }
                if (position != lastKept + 1) {
                    addThaiRun(run, runs);
                }
                run.append(token);
                lastKept = position;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        addThaiRun(run, runs);
        Set<String> grams = new LinkedHashSet<>();
        for (String r : runs) {
            for (String gram : GlossarySynonyms.tokens(gramAnalyzer, r)) {
                if (grams.size() >= maxGrams) {
                    return new QuestionTerms(tokens, grams);
                }
                grams.add(gram);
            }
        }
        return new QuestionTerms(tokens, grams);
    }

    /** Ends a run of adjacent words, keeping it when it holds Thai letters. */
    private static void addThaiRun(StringBuilder run, List<String> runs) {
        if (ThaiScript.hasLetterOrMark(run)) {
            runs.add(run.toString());
        }
        run.setLength(0);
    }

    public static boolean isConcept(String token) {
        return token.startsWith(ThaiChatAnalyzer.CONCEPT_PREFIX);
    }

    @Override
    public void close() {
        analyzer.close();
        gramAnalyzer.close();
    }
}
