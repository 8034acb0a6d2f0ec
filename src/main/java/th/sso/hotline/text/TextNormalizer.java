package th.sso.hotline.text;

import jakarta.inject.Singleton;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans chat text the way people type it on LINE into one canonical form: compatibility forms folded
 * (NFKC), zero-width and odd spaces removed, Thai digits as ASCII, sara am recomposed, elongated letters
 * ("มั้ยยยย", "helloooo") shortened, lower case.
 */
@Singleton
public class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");
    /** NFKC splits sara am into nikhahit + sara aa; a tone mark typed after the nikhahit goes before it. */
    private static final Pattern SARA_AM = Pattern.compile("\\u0E4D([\\u0E48-\\u0E4B]?)\\u0E32");
    private static final Pattern TONE_BEFORE_AM = Pattern.compile("([\\u0E48-\\u0E4B])\\u0E4D\\u0E32");
    private static final Pattern THAI_REPEAT = Pattern.compile("([\\u0E01-\\u0E4E])\\1{2,}");
    private static final Pattern DOUBLE_MARK = Pattern.compile("([\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E])\\1+");
    private static final Pattern LATIN_REPEAT = Pattern.compile("([a-z])\\1{2,}");
    private static final Pattern PUNCT_REPEAT = Pattern.compile("([!?.,~^*_=+\\-])\\1+");
    private static final Pattern MAI_YAMOK = Pattern.compile("\\u0E46");

    public String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll(" ");
        s = TONE_BEFORE_AM.matcher(s).replaceAll("$1\u0E33");
        s = SARA_AM.matcher(s).replaceAll("$1\u0E33");
        s = ThaiDigits.toAscii(s);
        s = s.toLowerCase(Locale.ROOT);
        s = THAI_REPEAT.matcher(s).replaceAll("$1");
        s = DOUBLE_MARK.matcher(s).replaceAll("$1");
        s = LATIN_REPEAT.matcher(s).replaceAll("$1$1");
        s = PUNCT_REPEAT.matcher(s).replaceAll("$1");
        s = MAI_YAMOK.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").trim();
        return s;
    }
}
