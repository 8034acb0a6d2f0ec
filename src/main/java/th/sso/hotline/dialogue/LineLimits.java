package th.sso.hotline.dialogue;

/** The Messaging API's limits on what one reply may contain. */
public final class LineLimits {

    public static final int MAX_MESSAGES = 5;
    public static final int MAX_TEXT = 5000;
    public static final int MAX_QUICK_REPLIES = 13;
    public static final int MAX_LABEL = 20;
    public static final int MAX_ALT_TEXT = 1500;
    public static final int MAX_POSTBACK_DATA = 300;

    private LineLimits() {
    }

    /** Cuts text to at most {@code max} characters without splitting a Thai cluster or a surrogate pair. */
    public static String fit(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        while (end > 0 && (Character.isLowSurrogate(text.charAt(end)) || isThaiCombining(text.charAt(end)))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static boolean isThaiCombining(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }
}
