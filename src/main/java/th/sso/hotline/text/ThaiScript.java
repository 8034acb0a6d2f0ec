package th.sso.hotline.text;

/** Which characters are Thai: the letters with their vowel and tone marks, or anything of the Thai block. */
public final class ThaiScript {

    private ThaiScript() {
    }

    /** Thai consonants, vowels and marks (U+0E01 to U+0E4E), without Thai digits and signs. */
    public static boolean isLetterOrMark(int c) {
        return c >= 0x0E01 && c <= 0x0E4E;
    }

    /** Any character of the Thai block in use (U+0E01 to U+0E5B), Thai digits and signs included. */
    public static boolean isThai(int c) {
        return c >= 0x0E01 && c <= 0x0E5B;
    }

    public static boolean hasLetterOrMark(CharSequence text) {
        return text.chars().anyMatch(ThaiScript::isLetterOrMark);
    }

    public static boolean hasThai(CharSequence text) {
        return text.chars().anyMatch(ThaiScript::isThai);
    }
}
