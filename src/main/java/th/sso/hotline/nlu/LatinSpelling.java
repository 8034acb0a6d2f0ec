package th.sso.hotline.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds misspelt English and romanised Thai words onto the words the classifier was trained on: "goverment",
 * "benifit", "hosptial", "loose my job", "sangkhom". A word is changed only when the training vocabulary does not
 * have it and has exactly one most frequent word within one edit of it (a letter left out, added, changed, or two
 * neighbours swapped), so known words and words far from every known one stay as they are. A word the training
 * examples never use says nothing to the classifier, so folding it can only add evidence; the one-edit, one-winner
 * rule keeps that evidence from being a guess.
 *
 * <p>Candidates are found by symmetric deletion: every word of the vocabulary is filed under itself and each of its
 * one-letter deletions; a word's own deletions then find every vocabulary word within one edit in a few look-ups.
 */
final class LatinSpelling {

    private static final Pattern WORD = Pattern.compile("[a-z]+");
    /** Shorter words have too many neighbours one edit away ("pay", "day", "may"). */
    static final int MIN_LENGTH = 5;

    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, List<String>> byDeletion = new HashMap<>();

    /** The vocabulary of the given texts: their Latin words of at least {@link #MIN_LENGTH} - 1 letters, counted. */
    LatinSpelling(Iterable<String> texts) {
        for (String text : texts) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        for (String word : counts.keySet()) {
            if (word.length() < MIN_LENGTH - 1) {
                continue;
            }
            file(word, word);
            for (int i = 0; i < word.length(); i++) {
                file(deleteAt(word, i), word);
            }
        }
    }

    private void file(String key, String word) {
        List<String> words = byDeletion.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!words.contains(word)) {
            words.add(word);
        }
    }

    /** Whether the vocabulary has the word. */
    boolean knows(String word) {
        return counts.containsKey(word);
    }

    /**
     * The text with each unknown Latin word of {@link #MIN_LENGTH}+ letters replaced by its one-edit vocabulary
     * neighbour, when it has a single most frequent one; the same string when nothing changed. Expects lower case.
     */
    String correct(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group();
            if (word.length() < MIN_LENGTH || counts.containsKey(word)) {
                continue;
            }
            String fixed = nearest(word);
            if (fixed == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8);
            }
            out.append(text, last, m.start()).append(fixed);
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** The single most frequent vocabulary word within one edit, or null when there is none or a tie. */
    String nearest(String word) {
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        List<String> keys = new ArrayList<>(word.length() + 1);
        keys.add(word);
        for (int i = 0; i < word.length(); i++) {
            keys.add(deleteAt(word, i));
        }
        List<String> seen = new ArrayList<>();
        for (String key : keys) {
            for (String candidate : byDeletion.getOrDefault(key, List.of())) {
                if (seen.contains(candidate) || !withinOneEdit(word, candidate)) {
                    continue;
                }
                seen.add(candidate);
                int c = counts.get(candidate);
                if (c > bestCount) {
                    best = candidate;
                    bestCount = c;
                    tie = false;
                } else if (c == bestCount) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    private static String deleteAt(String s, int i) {
        return s.substring(0, i) + s.substring(i + 1);
    }

    /** Optimal string alignment distance of at most one: one insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        if (la != lb) {
            return oneIndel(a, b);
        }
        int i = 0;
        while (i < la && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // Substitution: the rest equal after one position; swap: the next two crossed and the rest equal.
        if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
            return true;
        }
        return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, la - i - 2);
    }

    private static boolean oneIndel(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }
}
