package th.sso.hotline.knowledge.corpus;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an announcement into passages of about {@code target} characters for retrieval.
 * <p>
 * Sections come first: a cabinet summary is a list of numbered items ("1. เรื่อง ...", "๒. เรื่อง ...") of
 * which one may concern social security, and Markdown articles have headings; a passage never spans two
 * sections and carries its section's heading. Within a section whole lines (paragraphs) are packed together;
 * a paragraph longer than {@code max} is cut at a space (Thai marks clauses with spaces, not punctuation) or,
 * in English, preferably after a sentence, with {@code overlap} characters repeated across the cut. Cuts never
 * fall inside a word or a number such as "15,000". Thread-safe.
 */
public final class PassageSplitter {

    public static final int DEFAULT_TARGET = 600;
    public static final int DEFAULT_MAX = 900;
    public static final int DEFAULT_OVERLAP = 100;

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+)$");
    /** "1. เรื่อง", "๒) เรื่อง" but not "1. เรื่องเดิม" (the background of an item, not a new item). */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^[0-9๐-๙]{1,3}\\s*[.)]\\s*เรื่อง(?!เดิม)\\s*\\S.*$");
    /** Sections with less text than this are list entries, such as a cabinet summary's table of contents. */
    private static final int MIN_SECTION_CHARS = 30;

    private final int target;
    private final int max;
    private final int overlap;
    private final int min;

    public PassageSplitter() {
        this(DEFAULT_TARGET, DEFAULT_MAX, DEFAULT_OVERLAP);
    }

    public PassageSplitter(int target, int max, int overlap) {
        if (target <= 0 || max < target || overlap < 0 || overlap >= target / 2) {
            throw new IllegalArgumentException("need 0 < target <= max and 0 <= overlap < target / 2");
        }
        this.target = target;
        this.max = max;
        this.overlap = overlap;
        this.min = target / 2;
    }

    public List<Passage> split(Announcement a) {
        String body = a.body();
        Cutter cutter = new Cutter(body, "en".equals(a.lang()));
        List<Passage> passages = new ArrayList<>();
        for (Section section : sections(body)) {
            for (int[] piece : pack(section, cutter)) {
                int start = piece[0];
                int end = piece[1];
                while (start < end && Character.isWhitespace(body.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    passages.add(new Passage(a.id(), passages.size(), a.title(), section.heading(), a.date(),
                            a.lang(), body.substring(start, end), start));
                }
            }
        }
        return passages;
    }

    private record Line(int start, int end) {
        int length() {
            return end - start;
        }
    }

    private record Section(String heading, List<Line> lines) {
        int chars() {
            return lines.stream().mapToInt(Line::length).sum();
        }
    }

    /** Sections in body order; runs of near-empty sections (a table of contents) become one unheaded section. */
    private static List<Section> sections(String body) {
        List<Section> raw = new ArrayList<>();
        List<Line> headingLines = new ArrayList<>();
        Section current = new Section(null, new ArrayList<>());
        raw.add(current);
        headingLines.add(null);
        int pos = 0;
        while (pos <= body.length()) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            if (end > pos) {
                Line line = new Line(pos, end);
                String heading = heading(body.substring(pos, end));
                if (heading != null) {
                    current = new Section(heading, new ArrayList<>());
                    raw.add(current);
                    headingLines.add(line);
                } else {
                    current.lines().add(line);
                }
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }

        List<Section> sections = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            Section s = raw.get(i);
            if (s.heading() == null || s.chars() >= MIN_SECTION_CHARS) {
                sections.add(s);
                i++;
                continue;
            }
            int j = i;
            List<Line> listing = new ArrayList<>();
            while (j < raw.size() && raw.get(j).heading() != null && raw.get(j).chars() < MIN_SECTION_CHARS) {
                listing.add(headingLines.get(j));
                listing.addAll(raw.get(j).lines());
                j++;
            }
            if (j - i > 1) {
                sections.add(new Section(null, listing));
            } else if (!s.lines().isEmpty()) {
                sections.add(s);
            }
            i = j;
        }
        return sections;
    }

    private static String heading(String line) {
        Matcher md = MARKDOWN_HEADING.matcher(line);
        if (md.matches()) {
            return md.group(1).strip();
        }
        return NUMBERED_ITEM.matcher(line).matches() ? line.strip() : null;
    }

    /** Packs a section's lines into [start, end) pieces of the body. */
    private List<int[]> pack(Section section, Cutter cutter) {
        List<int[]> pieces = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Line line : section.lines()) {
            if (line.length() > max) {
                // A short lead-in ("สาระสำคัญของเรื่อง") opens the long paragraph's first piece rather than standing alone.
                int from = line.start();
                if (start >= 0 && end - start < min) {
                    from = start;
                } else if (start >= 0) {
                    pieces.add(new int[] {start, end});
                }
                start = -1;
                pieces.addAll(cut(from, line.end(), cutter));
                continue;
            }
            if (start < 0) {
                start = line.start();
                end = line.end();
                continue;
            }
            int combined = line.end() - start;
            if (combined <= target || (end - start < min && combined <= max)) {
                end = line.end();
            } else {
                pieces.add(new int[] {start, end});
                start = line.start();
                end = line.end();
            }
        }
        if (start >= 0) {
            int[] previous = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            // A short closing line ("ค่าชดเชย") is better read with what precedes it than alone.
            if (previous != null && end - start < min / 2 && end - previous[0] <= max) {
                previous[1] = end;
            } else {
                pieces.add(new int[] {start, end});
            }
        }
        return pieces;
    }

    /** Cuts one long paragraph into overlapping pieces. */
    private List<int[]> cut(int from, int to, Cutter cutter) {
        List<int[]> pieces = new ArrayList<>();
        int start = from;
        while (to - start > max) {
            int end = cutter.cutPoint(start, start + min, start + target, Math.min(to, start + max));
            pieces.add(new int[] {start, end});
            start = cutter.overlapStart(Math.max(start + 1, end - 2 * overlap), Math.max(start + 1, end - overlap),
                    end - overlap / 2, end);
            while (start < to && Character.isWhitespace(cutter.body.charAt(start))) {
                start++;
            }
        }
        pieces.add(new int[] {start, to});
        return pieces;
    }

    /** Finds cut points in one body; holds a word iterator, so one per split call. */
    private static final class Cutter {

        private final String body;
        private final boolean english;
        private BreakIterator words;

        Cutter(String body, boolean english) {
            this.body = body;
            this.english = english;
        }

        /** Where a piece starting at {@code start} ends: at best between lo and hi, never beyond limit. */
        int cutPoint(int start, int lo, int hi, int limit) {
            if (english) {
                for (int i = hi; i > lo; i--) {
                    if (isSentenceEnd(i)) {
                        return i;
                    }
                }
            }
            for (int i = hi; i > lo; i--) {
                if (isCuttableSpace(i)) {
                    return i;
                }
            }
            for (int i = hi + 1; i < limit; i++) {
                if (isCuttableSpace(i)) {
                    return i;
                }
            }
            int boundary = wordBoundaryBefore(hi, lo);
            if (boundary > start) {
                return boundary;
            }
            int i = hi;
            while (i > start + 1 && !isClusterStart(i)) {
                i--;
            }
            return i;
        }

        /**
         * Where the next piece starts so that it repeats the end of the previous one: in English the start of a
         * sentence in [lo, hi] if there is one, else the first word start from {@code at}.
         */
        int overlapStart(int lo, int at, int hi, int end) {
            if (english) {
                for (int i = hi; i >= lo; i--) {
                    if (isSentenceEnd(i)) {
                        return i + 1;
                    }
                }
            }
            return wordStartAfter(at, end);
        }

        /** The first word start in [from, before), or {@code before} when there is none. */
        private int wordStartAfter(int from, int before) {
            for (int i = from; i < before; i++) {
                if (isCuttableSpace(i)) {
                    return i + 1;
                }
            }
            int boundary = wordBoundaryAfter(from, before);
            return boundary > 0 ? boundary : before;
        }

        private boolean isSentenceEnd(int i) {
            if (i < 2 || i >= body.length() || body.charAt(i) != ' ') {
                return false;
            }
            char p = body.charAt(i - 1);
            if (p == '!' || p == '?') {
                return true;
            }
            if (p != '.') {
                return false;
            }
            // "Mr.", "Gen.", "No." and initials end a word, not a sentence.
            int w = i - 1;
            while (w > 0 && Character.isLetter(body.charAt(w - 1))) {
                w--;
            }
            int letters = i - 1 - w;
            return letters == 0 || letters > 3 || !Character.isUpperCase(body.charAt(w));
        }

        /** A space, but not one inside a number written with spaces ("1 500"). */
        private boolean isCuttableSpace(int i) {
            if (i <= 0 || i >= body.length() - 1 || body.charAt(i) != ' ') {
                return false;
            }
            return !(Character.isDigit(body.charAt(i - 1)) && Character.isDigit(body.charAt(i + 1)));
        }

        private boolean isClusterStart(int i) {
            char c = body.charAt(i);
            int type = Character.getType(c);
            return !Character.isLowSurrogate(c) && type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && !(Character.isDigit(c) && Character.isDigit(body.charAt(i - 1)));
        }

        /** Thai runs without spaces: a dictionary word boundary in (lo, hi], or -1. */
        private int wordBoundaryBefore(int hi, int lo) {
            BreakIterator it = words();
            int b = it.preceding(Math.min(hi + 1, body.length()));
            while (b != BreakIterator.DONE && b > lo) {
                if (isClusterStart(b) && !insideNumber(b)) {
                    return b;
                }
                b = it.previous();
            }
            return -1;
        }

        private int wordBoundaryAfter(int from, int before) {
            BreakIterator it = words();
            int b = it.following(from);
            while (b != BreakIterator.DONE && b < before) {
                if (isClusterStart(b) && !insideNumber(b)) {
                    return b;
                }
                b = it.next();
            }
            return -1;
        }

        private boolean insideNumber(int i) {
            return i > 0 && i < body.length() && Character.isDigit(body.charAt(i))
                    && (Character.isDigit(body.charAt(i - 1)) || ",.".indexOf(body.charAt(i - 1)) >= 0);
        }

        private BreakIterator words() {
            if (words == null) {
                words = BreakIterator.getWordInstance(new ULocale("th"));
                words.setText(body);
            }
            return words;
        }
    }
}
