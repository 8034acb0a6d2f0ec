package th.sso.hotline.text;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

import java.io.Reader;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How Thai and Latin chat text is folded to one form, written once and applied two ways: to strings by
 * {@link TextNormalizer} (classification, masking, language detection, slots) and to analyzer input by
 * {@link ThaiChatAnalyzer} as character filters that keep offsets (the index and the questions read against it).
 * Both expect text already NFKC-folded and in lower case, and apply the steps in this order.
 */
public final class ThaiFolding {

    /** One step of the folding. */
    sealed interface Step permits Replace, Digits {
    }

    /** A regular-expression replacement, with what it folds. */
    record Replace(String folds, Pattern pattern, String replacement) implements Step {
    }

    /** Thai digits (๐-๙) as ASCII digits. */
    record Digits() implements Step {
    }

    static final List<Step> STEPS = List.of(
            // NFKC splits sara am into nikhahit + sara aa; put it back, with a tone mark typed on either side of the
            // nikhahit placed before the sara am, where Thai keyboards put it.
            new Replace("tone mark before a split sara am", Pattern.compile("([\\u0E48-\\u0E4B])\\u0E4D\\u0E32"), "$1\u0E33"),
            new Replace("split sara am, tone mark inside", Pattern.compile("\\u0E4D([\\u0E48-\\u0E4B]?)\\u0E32"), "$1\u0E33"),
            new Digits(),
            new Replace("a Thai letter held down (มากกกก)", Pattern.compile("([\\u0E01-\\u0E4E])\\1{2,}"), "$1"),
            // Thai stores a vowel above or below its letter before the tone mark on it. Typed the other way round
            // ("ต้ัง" for "ตั้ง", "ย่ืน" for "ยื่น") the two look alike on screen but no dictionary word matches.
            // Before the step below, so a mark typed on both sides of the vowel ends up once.
            new Replace("a tone mark typed before its vowel above or below",
                    Pattern.compile("([\\u0E48-\\u0E4B])([\\u0E31\\u0E34-\\u0E3A])"), "$2$1"),
            new Replace("a vowel or tone mark typed twice", Pattern.compile("([\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E])\\1+"), "$1"),
            // English doubles letters ("good", "fee"), so a held-down Latin letter is kept at two.
            new Replace("a Latin letter held down (helloooo)", Pattern.compile("([a-z])\\1{2,}"), "$1$1"),
            new Replace("mai yamok, which repeats the word before it, as a word break", Pattern.compile("\\u0E46"), " "));

    private static final NormalizeCharMap THAI_DIGITS = thaiDigits();

    private ThaiFolding() {
    }

    /** Folds NFKC, lower-cased text. */
    public static String fold(String text) {
        String s = text;
        for (Step step : STEPS) {
            s = step instanceof Replace r ? r.pattern().matcher(s).replaceAll(r.replacement()) : ThaiDigits.toAscii(s);
        }
        return s;
    }

    /** The same folding as {@link #fold(String)} as character filters over NFKC, lower-cased input. */
    public static Reader fold(Reader reader) {
        Reader r = reader;
        for (Step step : STEPS) {
            r = step instanceof Replace replace ? new PatternReplaceCharFilter(replace.pattern(), replace.replacement(), r)
                    : new MappingCharFilter(THAI_DIGITS, r);
        }
        return r;
    }

    private static NormalizeCharMap thaiDigits() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (char d = '\u0E50'; d <= '\u0E59'; d++) {
            b.add(String.valueOf(d), String.valueOf((char) ('0' + (d - '\u0E50'))));
        }
        return b.build();
    }
}
