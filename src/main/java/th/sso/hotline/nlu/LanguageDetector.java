package th.sso.hotline.nlu;

import jakarta.inject.Singleton;

import java.util.Set;
import java.util.regex.Pattern;
import th.sso.hotline.text.ThaiScript;

/**
 * Decides whether to answer in Thai or English. Any real share of Thai script means Thai; Latin-only text,
 * romanised Thai included, is answered in English (see {@link #isRomanisedThai}).
 */
@Singleton
public class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Set<String> ENGLISH = Set.of(
            "i", "my", "me", "you", "your", "is", "are", "am", "was", "the", "a", "an", "to", "of", "for",
            "in", "on", "how", "what", "when", "where", "who", "why", "which", "can", "do", "does", "did",
            "will", "much", "many", "get", "have", "has", "need", "want", "please", "and", "or", "if", "it",
            "this", "that", "with", "from", "about", "apply", "pay", "money", "benefit", "job", "work",
            "hospital", "hello", "hi", "thanks", "thank", "help", "not", "no", "yes", "be", "should",
            "there", "social", "security", "section", "insurance", "register", "claim", "long", "still",
            "after", "wife", "baby");
    private static final Set<String> ROMANISED_THAI = Set.of(
            "dai", "mai", "arai", "yang", "ngai", "tao", "rai", "gee", "kee", "baht", "krub", "krab", "ka",
            "kha", "khrap", "na", "ngan", "ngern", "ngoen", "tong", "chai", "pen", "mee", "mi", "kao",
            "khao", "pai", "ma", "laew", "leaw", "yu", "tee", "thi", "prakan", "prakun", "sangkhom",
            "sungkom", "sangkom", "matra", "mattra", "wang", "tok", "lao", "laook", "luk", "look", "khlod",
            "klod", "rong", "payaban", "rongpayaban", "chara", "chaaraphap", "bamnan", "bamnet", "jai",
            "jaai", "jang", "nai", "khong", "kong", "sam", "sip", "hok", "ok", "sawasdee", "sawatdee", "kob",
            "khun", "khop", "hai", "hua", "noi", "mak", "tham", "yangai", "duay", "krai", "muea", "mua");

    /**
     * The language to answer in. Romanised Thai ("khlod look dai ngern tao rai") is answered in English: its writer
     * chose Latin letters and may not read Thai script; the answer gives the key Thai terms in brackets.
     */
    public Language detect(String normalized) {
        return isThaiScript(normalized) ? Language.TH : Language.EN;
    }

    /** Latin-only text that reads as romanised Thai (more romanised Thai words than English ones). */
    public boolean isRomanisedThai(String normalized) {
        return !isThaiScript(normalized) && hasLatin(normalized) && romanisedWins(normalized);
    }

    private static boolean hasLatin(String normalized) {
        return normalized.chars().anyMatch(c -> c >= 'a' && c <= 'z');
    }

    private static boolean isThaiScript(String normalized) {
        int thai = 0;
        int latin = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (ThaiScript.isThai(c)) {
                thai++;
            } else if (c >= 'a' && c <= 'z') {
                latin++;
            }
        }
        return (thai > 0 && thai * 4 >= latin) || latin == 0;
    }

    private static boolean romanisedWins(String normalized) {
        var m = WORD.matcher(normalized);
        int english = 0;
        int romanised = 0;
        while (m.find()) {
            String w = m.group();
            if (ENGLISH.contains(w)) {
                english++;
            } else if (ROMANISED_THAI.contains(w)) {
                romanised++;
            }
        }
        return romanised > english;
    }
}
