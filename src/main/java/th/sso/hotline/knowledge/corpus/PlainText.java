package th.sso.hotline.knowledge.corpus;

import th.sso.hotline.text.ThaiScript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Line clean-up and language detection shared by the readers. */
final class PlainText {

    private PlainText() {
    }

    /** Lines split at \n, \r\n or \r. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** The first line with text, normalised, or "" (without splitting a large file). */
    static String firstNonBlankLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            String line = normalizeSpaces(text.substring(start, end));
            if (!line.isEmpty()) {
                return line;
            }
            start = end + 1;
        }
        return "";
    }

    /** The last line with text, normalised, or "". */
    static String lastNonBlankLine(String text) {
        int end = text.length();
        while (end > 0) {
            int start = end;
            while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
                start--;
            }
            String line = normalizeSpaces(text.substring(start, end));
            if (!line.isEmpty()) {
                return line;
            }
            end = start - 1;
        }
        return "";
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * One paragraph per line with single spaces (NBSP and zero-width space are common in the dumps), lines
     * without a letter or digit (rules like "-----" or a lone ".") dropped, repeated lines and runs of blank
     * lines collapsed.
     */
    static String body(List<String> lines) {
        List<String> out = new ArrayList<>();
        String previous = null;
        for (String raw : lines) {
            String line = normalizeSpaces(raw);
            if (!line.isEmpty() && !hasLetterOrDigit(line)) {
                continue;
            }
            if (line.isEmpty()) {
                if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
                    out.add("");
                }
                continue;
            }
            if (!line.equals(previous)) {
                out.add(line);
            }
            previous = line;
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }

    /** Trimmed, single-spaced, without zero-width and soft-hyphen characters. */
    static String normalizeSpaces(String s) {
        if (isNormal(s)) {
            return s;
        }
        char[] out = new char[s.length()];
        int len = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = len > 0;
                continue;
            }
            if (pendingSpace) {
                out[len++] = ' ';
                pendingSpace = false;
            }
            out[len++] = c;
        }
        return new String(out, 0, len);
    }

    /** The common case, checked without copying. */
    private static boolean isNormal(String s) {
        int n = s.length();
        if (n > 0 && (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1)))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (isSpace(c) || isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || (c >= 0x7F && c <= 0xA0) || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    private static boolean isInvisible(char c) {
        return c == 0x200B || c == 0xFEFF || c == 0xAD;
    }

    static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "th" when Thai script carries the text; English pages quote the odd Thai name and stay "en". */
    static String language(String text) {
        int thai = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ThaiScript.isLetterOrMark(c)) {
                thai++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                latin++;
            }
        }
        return thai * 3 >= latin ? "th" : "en";
    }

    static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }
}
