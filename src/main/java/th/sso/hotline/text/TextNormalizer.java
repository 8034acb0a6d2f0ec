package th.sso.hotline.text;

import jakarta.inject.Singleton;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans chat text the way people type it on LINE into one canonical form: compatibility forms folded
 * (NFKC), zero-width and odd spaces removed, lower case, then the Thai folding the analyzers apply too
 * ({@link ThaiFolding}: sara am, tone order, digits, held-down letters, mai yamok), repeated punctuation shortened.
 */
@Singleton
public class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");
    /** Punctuation carries no words, so only chat text needs its repeats ("!!!") folded. */
    private static final Pattern PUNCT_REPEAT = Pattern.compile("([!?.,~^*_=+\\-])\\1+");

    public String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll(" ");
        s = s.toLowerCase(Locale.ROOT);
        s = ThaiFolding.fold(s);
        s = PUNCT_REPEAT.matcher(s).replaceAll("$1");
        s = SPACES.matcher(s).replaceAll(" ").trim();
        return s;
    }
}
