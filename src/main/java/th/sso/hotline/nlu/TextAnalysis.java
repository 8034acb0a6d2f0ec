package th.sso.hotline.nlu;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The project's analyzer with the glossary loaded: one place that turns text into tokens and concepts. */
public final class TextAnalysis implements AutoCloseable {

    private final Analyzer analyzer;
    private final Glossary glossary;
    private final Analyzer gramAnalyzer = new ThaiGramAnalyzer();

    public TextAnalysis(Glossary glossary) {
        this.glossary = glossary;
        this.analyzer = new ThaiChatAnalyzer(GlossarySynonyms.build(glossary));
    }

    public Analyzer analyzer() {
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
     * Distinct character trigrams of the Thai words a question is about: runs of adjacent words with particles
     * and the given question words left out, so "ได้เงินกี่บาท" adds nothing and no trigram spans a dropped word.
     */
    public Set<String> contentGrams(String text, Set<String> questionWords, int max) {
        Set<String> grams = new LinkedHashSet<>();
        for (String run : contentRuns(text, questionWords)) {
            for (String gram : GlossarySynonyms.tokens(gramAnalyzer, run)) {
                if (grams.size() >= max) {
                    return grams;
                }
                grams.add(gram);
            }
        }
        return grams;
    }

    /** Runs of adjacent word tokens holding Thai letters, concepts and the given words left out. */
    List<String> contentRuns(String text, Set<String> questionWords) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean thai = false;
        int position = -1;
        int lastKept = Integer.MIN_VALUE;
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                String token = term.toString();
                if (isConcept(token) || questionWords.contains(token)) {
                    continue;
                }
                if (position != lastKept + 1 && run.length() > 0) {
                    if (thai) {
                        runs.add(run.toString());
                    }
                    run.setLength(0);
                    thai = false;
                }
                run.append(token);
                thai |= token.chars().anyMatch(c -> c >= 0x0E01 && c <= 0x0E4E);
                lastKept = position;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (thai) {
            runs.add(run.toString());
        }
        return runs;
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
