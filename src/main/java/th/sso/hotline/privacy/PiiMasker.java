package th.sso.hotline.privacy;

import jakarta.inject.Singleton;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Masks personal data in free text before it is stored or logged (PDPA data minimisation): Thai national id
 * numbers, phone numbers, e-mail addresses, passport and work-permit numbers, and bank account or other long
 * numbers.
 *
 * <p>How: the text is first read as a <em>normalised view</em> (NFKC per code point, so full-width and other
 * digits become ASCII; Thai digits as ASCII; invisible characters such as ZWSP, ZWJ, word joiner, soft hyphen and
 * BOM dropped; NBSP and every other space as a plain space; every dash as "-"), in which each character remembers
 * the range of the original text it came from. The detectors run on that view, and the spans they find are
 * replaced <b>in the original text</b>, so everything else (Thai text, amounts, dates, the citizen's own digits
 * in a date) is kept exactly as typed.
 *
 * <p>Every detector is a single left-to-right scan with bounded look-around: no regular expression with
 * repeated groups (which recursed once per digit and overflowed the stack on a few thousand digits). Work is
 * linear in the text, and text beyond {@link #MAX_INPUT} characters is dropped before masking.
 */
@Singleton
public class PiiMasker {

    public static final String NATIONAL_ID = "[national-id]";
    public static final String PHONE = "[phone]";
    public static final String EMAIL = "[email]";
    public static final String ACCOUNT = "[account-number]";
    public static final String PASSPORT = "[passport]";
    public static final String WORK_PERMIT = "[work-permit]";

    /** Far above LINE's 5,000 characters and every form in the console; the rest of a longer text is dropped. */
    public static final int MAX_INPUT = 20_000;
    /** Separator characters between groups of a number: at most this many in a row ("081 - 234 - 5678"). */
    private static final int MAX_SEPARATOR_RUN = 3;
    /** How far after "passport" / "ใบอนุญาตทำงาน" its number is looked for. */
    private static final int KEYWORD_REACH = 24;

    private static final String[] PASSPORT_WORDS = {"passport", "หนังสือเดินทาง", "พาสปอร์ต", "พาสปอต"};
    private static final String[] WORK_PERMIT_WORDS = {"work permit", "workpermit", "ใบอนุญาตทำงาน", "ใบอนุญาตการทำงาน",
            "บัตรชมพู", "pink card"};

    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String original = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        View v = View.of(original);
        List<Span> spans = new ArrayList<>();
        boolean[] used = new boolean[v.length()];
        emails(v, used, spans);
        keywordNumbers(v, used, spans, PASSPORT_WORDS, PASSPORT);
        keywordNumbers(v, used, spans, WORK_PERMIT_WORDS, WORK_PERMIT);
        letterPrefixedNumbers(v, used, spans);
        numbers(v, used, spans);
        if (spans.isEmpty()) {
            return original;
        }
        spans.sort((a, b) -> Integer.compare(a.from, b.from));
        StringBuilder out = new StringBuilder(original.length());
        int at = 0;
        for (Span s : spans) {
            int from = v.originalStart(s.from);
            int to = v.originalEnd(s.to - 1);
            if (from < at) {
                continue;
            }
            out.append(original, at, from).append(s.label);
            at = to;
        }
        out.append(original, at, original.length());
        return out.toString();
    }

    /** The Thai national id check digit: 11 - (sum of digit[i] * (13 - i)) mod 11, taken mod 10. */
    public static boolean isValidNationalId(String digits) {
        if (digits.length() != 13 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (13 - i);
        }
        int check = (11 - sum % 11) % 10;
        return check == digits.charAt(12) - '0';
    }

    private record Span(int from, int to, String label) {
    }

    // ---- e-mail: expand around each "@" -----------------------------------------------------------------

    private static void emails(View v, boolean[] used, List<Span> spans) {
        int n = v.length();
        int searchedTo = 0;
        for (int at = 0; at < n; at++) {
            if (v.charAt(at) != '@' || at < searchedTo) {
                continue;
            }
            int from = at;
            while (from > 0 && localChar(v.charAt(from - 1))) {
                from--;
            }
            int to = at + 1;
            while (to < n && domainChar(v.charAt(to))) {
                to++;
            }
            while (to > at + 1 && (v.charAt(to - 1) == '.' || v.charAt(to - 1) == '-')) {
                to--;
            }
            searchedTo = to;
            if (from == at || !validDomain(v, at + 1, to)) {
                continue;
            }
            mark(used, from, to);
            spans.add(new Span(from, to, EMAIL));
        }
    }

    private static boolean localChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || "._%+-".indexOf(c) >= 0;
    }

    private static boolean domainChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '.' || c == '-';
    }

    /** A dot, then a top-level part of at least two letters. */
    private static boolean validDomain(View v, int from, int to) {
        int dot = -1;
        for (int i = to - 1; i > from; i--) {
            if (v.charAt(i) == '.') {
                dot = i;
                break;
            }
        }
        if (dot < 0 || to - dot - 1 < 2) {
            return false;
        }
        for (int i = dot + 1; i < to; i++) {
            char c = v.charAt(i);
            if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    // ---- passport and work-permit numbers ----------------------------------------------------------------

    /** After a keyword, the first word within reach holding at least five digits (letters and "-", "/", "." inside). */
    private static void keywordNumbers(View v, boolean[] used, List<Span> spans, String[] words, String label) {
        // Lower-cased char by char, so that indexes stay those of the view.
        char[] chars = v.text().toCharArray();
        for (int c = 0; c < chars.length; c++) {
            chars[c] = Character.toLowerCase(chars[c]);
        }
        String lower = new String(chars);
        int n = v.length();
        for (String word : words) {
            int from = 0;
            while ((from = lower.indexOf(word, from)) >= 0) {
                int end = from + word.length();
                int limit = Math.min(n, end + KEYWORD_REACH);
                int i = end;
                while (i < limit) {
                    while (i < limit && !isAlnumAscii(v.charAt(i))) {
                        i++;
                    }
                    if (i >= limit) {
                        break;
                    }
                    int start = i;
                    int digits = 0;
                    while (i < n && (isAlnumAscii(v.charAt(i))
                            || (isJoiner(v.charAt(i)) && i + 1 < n && isAlnumAscii(v.charAt(i + 1))
                                && (v.charAt(i) != ' ' || isDigit(v.charAt(i - 1)) && isDigit(v.charAt(i + 1)))))) {
                        if (isDigit(v.charAt(i))) {
                            digits++;
                        }
                        i++;
                    }
                    if (digits >= 5) {
                        if (free(used, start, i)) {
                            mark(used, start, i);
                            spans.add(new Span(start, i, label));
                        }
                        break;
                    }
                }
                from = end;
            }
        }
    }

    /** Passport-like numbers on their own: one or two Latin letters then 6 to 9 digits, as one word. */
    private static void letterPrefixedNumbers(View v, boolean[] used, List<Span> spans) {
        int n = v.length();
        int i = 0;
        while (i < n) {
            if (!isLatin(v.charAt(i)) || (i > 0 && isAlnumAscii(v.charAt(i - 1)))) {
                i++;
                continue;
            }
            int letters = 0;
            int j = i;
            while (j < n && isLatin(v.charAt(j))) {
                letters++;
                j++;
            }
            int digitsStart = j;
            while (j < n && isDigit(v.charAt(j))) {
                j++;
            }
            int digits = j - digitsStart;
            boolean wordEnds = j >= n || !isAlnumAscii(v.charAt(j));
            if (letters <= 2 && digits >= 6 && digits <= 9 && wordEnds && free(used, i, j)) {
                mark(used, i, j);
                spans.add(new Span(i, j, PASSPORT));
            }
            i = Math.max(j, i + 1);
        }
    }

    // ---- numbers: groups of digits joined by short runs of separators --------------------------------------

    private static void numbers(View v, boolean[] used, List<Span> spans) {
        int n = v.length();
        int i = 0;
        while (i < n) {
            if (used[i] || !isDigit(v.charAt(i)) || (i > 0 && isDigit(v.charAt(i - 1)) && !used[i - 1])) {
                i++;
                continue;
            }
            // Collect the chain: digit groups [gs[k], ge[k]) and the separators between them.
            List<int[]> groups = new ArrayList<>();
            List<Character> joints = new ArrayList<>();
            int j = i;
            while (true) {
                int gs = j;
                while (j < n && !used[j] && isDigit(v.charAt(j))) {
                    j++;
                }
                groups.add(new int[]{gs, j});
                int k = j;
                char joint = 0;
                while (k < n && k - j < MAX_SEPARATOR_RUN + 1 && !used[k] && isSeparator(v.charAt(k))) {
                    if (v.charAt(k) != ' ' && joint == 0) {
                        joint = v.charAt(k);
                    }
                    k++;
                }
                if (k > j && k - j <= MAX_SEPARATOR_RUN && k < n && !used[k] && isDigit(v.charAt(k))) {
                    joints.add(joint == 0 ? ' ' : joint);
                    j = k;
                } else {
                    break;
                }
            }
            classifyChain(v, used, spans, groups, joints);
            i = groups.get(groups.size() - 1)[1];
        }
    }

    /** Splits a chain at dates ("16/07/2568", "1.7.68"), which are never personal numbers, and masks the rest. */
    private static void classifyChain(View v, boolean[] used, List<Span> spans, List<int[]> groups, List<Character> joints) {
        int start = 0;
        int g = 0;
        while (g < groups.size()) {
            if (g + 2 < groups.size() && isDate(v, groups, joints, g)) {
                classify(v, used, spans, groups, start, g);
                start = g + 3;
                g += 3;
            } else {
                g++;
            }
        }
        classify(v, used, spans, groups, start, groups.size());
    }

    private static boolean isDate(View v, List<int[]> groups, List<Character> joints, int g) {
        char sep = joints.get(g);
        if ((sep != '/' && sep != '.' && sep != '-') || joints.get(g + 1) != sep) {
            return false;
        }
        int[] d = groups.get(g), m = groups.get(g + 1), y = groups.get(g + 2);
        int dl = d[1] - d[0], ml = m[1] - m[0], yl = y[1] - y[0];
        if (dl < 1 || dl > 2 || ml < 1 || ml > 2 || (yl != 2 && yl != 4)) {
            return false;
        }
        int day = Integer.parseInt(v.text().substring(d[0], d[1]));
        int month = Integer.parseInt(v.text().substring(m[0], m[1]));
        // A four-digit year is one people write (Christian 1900-2199 or Buddhist 2400-2799): otherwise "22-7-8116"
        // would be read as a date and split off the start of an id number written with dashes after it.
        int year = Integer.parseInt(v.text().substring(y[0], y[1]));
        boolean plausibleYear = yl == 2 || (year >= 1900 && year <= 2199) || (year >= 2400 && year <= 2799);
        return day >= 1 && day <= 31 && month >= 1 && month <= 12 && plausibleYear;
    }

    private static void classify(View v, boolean[] used, List<Span> spans, List<int[]> groups, int from, int to) {
        if (from >= to) {
            return;
        }
        StringBuilder digits = new StringBuilder();
        for (int g = from; g < to; g++) {
            digits.append(v.text(), groups.get(g)[0], groups.get(g)[1]);
        }
        int start = groups.get(from)[0];
        int end = groups.get(to - 1)[1];
        String d = digits.toString();
        boolean plus = precededByPlus(v, start);
        String label = null;
        if (isValidNationalId(d)) {
            label = NATIONAL_ID;
        } else if (isPhone(d, plus)) {
            label = PHONE;
            // "+66 ...", "(+66) ...", "(092) ...": the sign and bracket go with the number.
            while (start > 0 && !used[start - 1] && (v.charAt(start - 1) == '+' || v.charAt(start - 1) == '(')) {
                start--;
            }
        } else if (d.length() >= 10) {
            label = ACCOUNT;
        }
        if (label != null) {
            mark(used, start, end);
            spans.add(new Span(start, end, label));
        }
    }

    private static boolean precededByPlus(View v, int start) {
        for (int i = start - 1; i >= 0 && i >= start - 3; i--) {
            char c = v.charAt(i);
            if (c == '+') {
                return true;
            }
            if (c != '(' && c != ' ') {
                return false;
            }
        }
        return false;
    }

    /**
     * Thai numbers: 0 then 9 digits for a mobile (06, 08, 09) or 8 for a landline (02 Bangkok, 03-07
     * provinces); with the country code 66 instead of the 0 ("+66 81 234 5678", "66812345678").
     */
    private static boolean isPhone(String d, boolean plus) {
        if (d.startsWith("0") && d.length() >= 9 && d.length() <= 10) {
            return d.charAt(1) != '0';
        }
        if (d.startsWith("66") && (d.length() == 10 || d.length() == 11)) {
            return d.charAt(2) != '0' || plus;
        }
        return false;
    }

    // ---- characters ----------------------------------------------------------------------------------------

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAlnumAscii(char c) {
        return isDigit(c) || isLatin(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '/' || c == ' ' || c == '.';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
    }

    private static boolean free(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }

    /**
     * The normalised text with, for each of its characters, the range of original characters it came from
     * (an invisible character dropped from the view belongs to the range of the character after it).
     */
    record View(String text, int[] start, int[] end) {

        static View of(String original) {
            StringBuilder sb = new StringBuilder(original.length());
            int[] start = new int[original.length() * 2 + 4];
            int[] end = new int[original.length() * 2 + 4];
            int pendingStart = -1;
            int i = 0;
            while (i < original.length()) {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                String mapped = map(cp);
                if (mapped.isEmpty()) {
                    if (pendingStart < 0) {
                        pendingStart = i;
                    }
                } else {
                    for (int k = 0; k < mapped.length(); k++) {
                        if (sb.length() >= start.length) {
                            start = java.util.Arrays.copyOf(start, start.length * 2);
                            end = java.util.Arrays.copyOf(end, end.length * 2);
                        }
                        start[sb.length()] = pendingStart >= 0 ? pendingStart : i;
                        end[sb.length()] = next;
                        sb.append(mapped.charAt(k));
                    }
                    pendingStart = -1;
                }
                i = next;
            }
            return new View(sb.toString(), start, end);
        }

        int length() {
            return text.length();
        }

        char charAt(int i) {
            return text.charAt(i);
        }

        int originalStart(int i) {
            return start[i];
        }

        int originalEnd(int i) {
            return end[i];
        }

        private static String map(int cp) {
            if (cp < 0x80) {
                return cp == '\t' || cp == '\n' || cp == '\r' ? " " : String.valueOf((char) cp);
            }
            if (cp >= 0x0E50 && cp <= 0x0E59) {
                return String.valueOf((char) ('0' + cp - 0x0E50));
            }
            switch (cp) {
                case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
                     0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x180E -> {
                    return "";
                }
                case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D -> {
                    return "-";
                }
                default -> {
                }
            }
            if (Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
                return " ";
            }
            if (Character.isDigit(cp)) {
                return String.valueOf((char) ('0' + Character.digit(cp, 10)));
            }
            if (Character.getType(cp) == Character.FORMAT) {
                return "";
            }
            if (cp >= 0x0E00 && cp <= 0x0E7F) {
                return String.valueOf((char) cp);
            }
            String n = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            return n.length() > 4 ? new String(Character.toChars(cp)) : n;
        }
    }
}
