package th.sso.hotline.text;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.Reader;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Analysis for Thai and English chat text and announcements. Character filters fold the text as
 * {@link TextNormalizer} does, from the same {@link ThaiFolding} steps, while keeping offsets into the original; ICU segments Thai words by
 * dictionary and Latin words by Unicode rules; the glossary adds one concept token (e.g.
 * {@code @unemployment}) wherever any Thai, English or romanised variant of a domain term appears, so
 * "ว่างงาน", "ตกงาน" and "laid off" meet on the same token; polite particles are dropped.
 */
public final class ThaiChatAnalyzer extends Analyzer {

    public static final String CONCEPT_PREFIX = "@";

    static final CharArraySet PARTICLES = new CharArraySet(List.of(
            "ครับ", "คับ", "ครัช", "คร้าบ", "ค้าบ", "คะ", "ค่ะ", "ค๊ะ", "ค่า", "คร่า", "จ้า", "จ้ะ", "จ๊ะ", "จ๋า",
            "นะ", "น้า", "น่ะ", "นะคะ", "นะครับ", "ฮะ", "ฮับ", "งับ", "ขอรับ", "เจ้าค่ะ", "อ่ะ", "อะ", "เนอะ", "ป่ะ",
            "หนู", "ผม", "ดิฉัน", "ฉัน", "เรา", "หน่อย", "ที", "ด้วย", "จ้าา", "ค่าา", "คับผม", "ครับผม"), true);

    private static final NormalizeCharMap PERCENT = percent();
    /** "มาตรา40" and "ม40" are written both ways; a space between Thai letters and digits makes them one form. */
    private static final Pattern THAI_DIGIT_JOIN = Pattern.compile("([\\u0E01-\\u0E4E])([0-9])|([0-9])([\\u0E01-\\u0E4E])");
    /**
     * "กยศ.หักเงิน", "สปส.ประกาศ", "รพ.ประกันสังคม": an abbreviation's closing dot glued to the next Thai word.
     * Only after two or more Thai letters, so one-letter abbreviations such as "ม.ค." and "พ.ร.บ." stay whole. The
     * next word may begin with a consonant or with a vowel written before its consonant (เ แ โ ใ ไ: "สปส.แจ้ง",
     * "สปสช.โทร", "กยศ.เงิน").
     */
    private static final Pattern THAI_ABBREVIATION_JOIN =
            Pattern.compile("([\\u0E01-\\u0E4E]{2}\\.)(?=[\\u0E01-\\u0E2E\\u0E40-\\u0E44])");
    /** "900baht", "15years", "60percent": a number glued to a Latin word (units like "15k" stay whole). */
    private static final Pattern DIGIT_LATIN_JOIN = Pattern.compile("([0-9])([a-z])(?=[a-z]{2})");
    /**
     * "ประกันสังคมม.39", "ประกันสังคมม33": the section abbreviation glued to the word before it. With a dot any
     * Thai letter may precede; without one only a doubled "มม" before 33/39/40, so "เพิ่ม500" stays as it is.
     */
    private static final Pattern SECTION_JOIN =
            Pattern.compile("([\\u0E01-\\u0E4E])(ม\\.)(?=[0-9])|(ม)(ม)(?=(?:33|39|40)(?![0-9]))");
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private final SynonymMap glossary;
    private final boolean folded;

    /** An analyzer without the glossary, used to analyse the glossary's own variants. */
    public ThaiChatAnalyzer() {
        this(null);
    }

    public ThaiChatAnalyzer(SynonymMap glossary) {
        this(glossary, false);
    }

    private ThaiChatAnalyzer(SynonymMap glossary, boolean folded) {
        this.glossary = glossary;
        this.folded = folded;
    }

    /**
     * The same analysis for text already passed through {@link #fold(String)}: no character filters, so a text
     * folded once can be analysed for several fields (the index build does so). Token texts and positions are
     * those of this analyzer on the raw text; offsets point into the folded text instead.
     */
    public ThaiChatAnalyzer forFoldedText() {
        return new ThaiChatAnalyzer(glossary, true);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return folded ? reader : normalizing(reader);
    }

    /** What {@link #normalizing(Reader)} hands the tokenizer, computed on a string (offsets are not kept). */
    public static String fold(String text) {
        String s = ThaiFolding.fold(NFKC_CASEFOLD.normalize(text));
        if (s.indexOf('%') >= 0) {
            s = s.replace("%", " เปอร์เซ็นต์ ");
        }
        s = THAI_ABBREVIATION_JOIN.matcher(s).replaceAll("$1 ");
        s = DIGIT_LATIN_JOIN.matcher(s).replaceAll("$1 $2");
        s = SECTION_JOIN.matcher(s).replaceAll("$1$3 $2$4");
        return THAI_DIGIT_JOIN.matcher(s).replaceAll("$1$3 $2$4");
    }

    /** The character folding every analyzer of the project applies first, offsets kept. */
    static Reader normalizing(Reader reader) {
        Reader r = ThaiFolding.fold(new ICUNormalizer2CharFilter(reader, NFKC_CASEFOLD));
        r = new MappingCharFilter(PERCENT, r);
        r = new PatternReplaceCharFilter(THAI_ABBREVIATION_JOIN, "$1 ", r);
        r = new PatternReplaceCharFilter(DIGIT_LATIN_JOIN, "$1 $2", r);
        r = new PatternReplaceCharFilter(SECTION_JOIN, "$1$3 $2$4", r);
        return new PatternReplaceCharFilter(THAI_DIGIT_JOIN, "$1$3 $2$4", r);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        // "SSO's" and "there's" lose the "'s" before stemming, so they meet "SSO" and "there" (the stemmer alone
        // leaves "sso'", which matches nothing).
        TokenStream stream = new PorterStemFilter(new EnglishPossessiveFilter(tokenizer));
        if (glossary != null && glossary.fst != null) {
            stream = new SynonymGraphFilter(stream, glossary, true);
        }
        stream = new StopFilter(stream, PARTICLES);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static NormalizeCharMap percent() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        // "กี่ %" and "ร้อยละ 5" ask and answer the same thing; the tokenizer would drop the sign.
        b.add("%", " เปอร์เซ็นต์ ");
        return b.build();
    }
}
