package th.sso.hotline.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * Character trigrams of the folded text with spaces and punctuation removed. Thai is written without word
 * spaces and segmented by dictionary, so the same words can be cut differently in a chat message and in an
 * announcement ("ม33เรารักกัน", "ม.33 เรารักกัน", names the dictionary does not know); their trigrams still
 * agree. Used beside the word field, never instead of it.
 */
public final class ThaiGramAnalyzer extends Analyzer {

    public static final int GRAM = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");

    private final boolean prepared;

    public ThaiGramAnalyzer() {
        this(false);
    }

    private ThaiGramAnalyzer(boolean prepared) {
        this.prepared = prepared;
    }

    /** The trigrams of text already passed through {@link #gramText(String)}: no character filters. */
    public static ThaiGramAnalyzer forGramText() {
        return new ThaiGramAnalyzer(true);
    }

    /**
     * What the character filters of this analyzer hand the tokenizer, from text already folded by
     * {@link ThaiChatAnalyzer#fold(String)}: separators removed.
     */
    public static String gramText(String folded) {
        return SEPARATORS.matcher(folded).replaceAll("");
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return prepared ? reader : new PatternReplaceCharFilter(SEPARATORS, "", ThaiChatAnalyzer.normalizing(reader));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        NGramTokenizer tokenizer = new NGramTokenizer(GRAM, GRAM);
        return new TokenStreamComponents(tokenizer);
    }
}
