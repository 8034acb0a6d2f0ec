package th.sso.hotline.nlu;

import org.apache.lucene.analysis.Analyzer;

import java.util.List;

/** The project's analyzer with the glossary loaded: one place that turns text into tokens and concepts. */
public final class TextAnalysis implements AutoCloseable {

    private final Analyzer analyzer;
    private final Glossary glossary;

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

    public static boolean isConcept(String token) {
        return token.startsWith(ThaiChatAnalyzer.CONCEPT_PREFIX);
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
