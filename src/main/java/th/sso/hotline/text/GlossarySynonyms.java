package th.sso.hotline.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;

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
            return onByteArray(builder.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same map with its FST copied onto one byte array. The builder's FST reads its bytes through paged
     * buffers, and the synonym filter walks it for every token (it was the hottest part of the synonym filter
     * in a profile of the index build); the arcs and outputs are the same.
     */
    private static SynonymMap onByteArray(SynonymMap map) throws IOException {
        if (map.fst == null) {
            return map;
        }
        ByteBuffersDataOutput meta = new ByteBuffersDataOutput();
        ByteBuffersDataOutput data = new ByteBuffersDataOutput();
        map.fst.save(meta, data);
        FST<BytesRef> fst = new FST<>(FST.readMetadata(meta.toDataInput(), ByteSequenceOutputs.getSingleton()),
                data.toDataInput());
        return new SynonymMap(fst, map.words, map.maxHorizontalContext);
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
