package th.sso.hotline.text;

/** Thai digits (๐-๙) as ASCII digits, so numbers are recognised whichever way they were typed. */
public final class ThaiDigits {

    private ThaiDigits() {
    }

    public static String toAscii(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0E50' && c <= '\u0E59') {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, (char) ('0' + (c - '\u0E50')));
            }
        }
        return sb == null ? text : sb.toString();
    }
}
