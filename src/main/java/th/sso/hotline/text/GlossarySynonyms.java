package th.sso.hotline.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Turns the glossary into a Lucene synonym map: every variant, as the analyzer splits it, yields its concept token. */
public final class GlossarySynonyms {

    private GlossarySynonyms() {
    }

    public static SynonymMap build(Glossary glossary) {
        try (Analyzer base = new ThaiChatAnalyzer()) {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (Glossary.Term term : glossary.terms()) {
                CharsRef concept = new CharsRef(ThaiChatAnalyzer.CONCEPT_PREFIX + term.id());
                for (String variant : term.variants()) {
                    List<String> tokens = tokens(base, variant);
                    if (tokens.isEmpty()) {
                        continue;
                    }
                    CharsRefBuilder input = new CharsRefBuilder();
                    SynonymMap.Builder.join(tokens.toArray(String[]::new), input);
                    builder.add(input.get(), concept, true);
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
