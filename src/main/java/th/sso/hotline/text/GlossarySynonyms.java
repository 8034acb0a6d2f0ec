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

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRefHash;

import java.io.DataInputStream;
import java.io.DataOutputStream;
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
     * Writes a built map (its FST, its output words, its context) for {@link #read}; a map without an FST (an empty
     * glossary) is not written, and {@code false} returned.
     */
    public static boolean write(SynonymMap map, DataOutputStream out) throws IOException {
        if (map.fst == null) {
            return false;
        }
        ByteBuffersDataOutput meta = new ByteBuffersDataOutput();
        ByteBuffersDataOutput data = new ByteBuffersDataOutput();
        map.fst.save(meta, data);
        writeBytes(out, meta.toArrayCopy());
        writeBytes(out, data.toArrayCopy());
        out.writeInt(map.maxHorizontalContext);
        out.writeInt(map.words.size());
        BytesRef word = new BytesRef();
        for (int i = 0; i < map.words.size(); i++) {
            map.words.get(i, word);
            writeBytes(out, BytesRef.deepCopyOf(word).bytes);
        }
        return true;
    }

    /** A map written by {@link #write}: the same FST on one byte array, the same words under the same ids. */
    public static SynonymMap read(DataInputStream in) throws IOException {
        byte[] meta = readBytes(in);
        byte[] data = readBytes(in);
        FST<BytesRef> fst = new FST<>(FST.readMetadata(new ByteArrayDataInput(meta), ByteSequenceOutputs.getSingleton()),
                new ByteArrayDataInput(data));
        int maxHorizontalContext = in.readInt();
        int count = in.readInt();
        BytesRefHash words = new BytesRefHash();
        for (int i = 0; i < count; i++) {
            if (words.add(new BytesRef(readBytes(in))) != i) {
                throw new IOException("duplicate word");
            }
        }
        return new SynonymMap(fst, words, maxHorizontalContext);
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (1 << 28)) {
            throw new IOException("bad length");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return bytes;
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
