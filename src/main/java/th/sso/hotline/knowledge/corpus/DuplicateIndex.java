package th.sso.hotline.knowledge.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds announcements already kept under the same id (same source URL), with the same text, or with
 * near-identical text: Jaccard similarity of character 5-grams (whitespace ignored, as Thai spacing varies)
 * estimated by one-permutation MinHash and candidates found by banding, so the cost stays linear in the corpus.
 * Not thread-safe: fingerprints are computed in parallel, {@link #addIfNew} is called in file order.
 */
final class DuplicateIndex {

    static final double NEAR_DUPLICATE = 0.9;
    private static final int SHINGLE = 5;
    private static final int BINS = 128;
    private static final int BANDS = 16;
    private static final int ROWS = BINS / BANDS;
    private static final long VALUE_MASK = (1L << 57) - 1;
    private static final long BASE = 0x100000001B3L;
    private static final long TOP = BASE * BASE * BASE * BASE;

    /** What identifies a body: a 128-bit hash of its text without whitespace, and its MinHash sketch (null if tiny). */
    record Fingerprint(String exact, long[] sketch) {
    }

    record Match(int keptItem, String why) {
    }

    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer> byText = new HashMap<>();
    private final Map<Long, List<Integer>> byBand = new HashMap<>();
    private final Map<Integer, long[]> sketches = new HashMap<>();

    /** Bodies come from {@link PlainText#body}, so spaces and newlines are the only whitespace left. */
    static Fingerprint fingerprint(String body) {
        long[] bins = new long[BINS];
        Arrays.fill(bins, Long.MAX_VALUE);
        char[] window = new char[SHINGLE];
        int n = 0;
        long h1 = 0;
        long h2 = 0;
        long shingle = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == ' ' || c == '\n') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            h1 = h1 * BASE + c;
            h2 = h2 * 0x9E3779B97F4A7C15L + c + 1;
            int slot = n % SHINGLE;
            if (n >= SHINGLE) {
                shingle -= window[slot] * TOP;
            }
            shingle = shingle * BASE + c;
            window[slot] = c;
            n++;
            if (n >= SHINGLE) {
                long x = mix(shingle);
                int bin = (int) (x >>> 57);
                long value = x & VALUE_MASK;
                if (value < bins[bin]) {
                    bins[bin] = value;
                }
            }
        }
        String exact = Long.toHexString(mix(h1)) + Long.toHexString(mix(h2 ^ n));
        return new Fingerprint(exact, n < SHINGLE ? null : densify(bins));
    }

    /** Registers the item unless it duplicates one already registered, which is returned instead. */
    Optional<Match> addIfNew(int item, String id, Fingerprint fp) {
        Integer same = byId.get(id);
        if (same != null) {
            return Optional.of(new Match(same, "same source URL"));
        }
        same = byText.get(fp.exact());
        if (same != null) {
            return Optional.of(new Match(same, "same text"));
        }
        long[] bandKeys = fp.sketch() == null ? new long[0] : bandKeys(fp.sketch());
        Match near = null;
        for (long key : bandKeys) {
            for (int candidate : byBand.getOrDefault(key, List.of())) {
                double j = similarity(fp.sketch(), sketches.get(candidate));
                if (j >= NEAR_DUPLICATE && (near == null || candidate < near.keptItem())) {
                    near = new Match(candidate, String.format("near-identical text (%.2f)", j));
                }
            }
        }
        if (near != null) {
            return Optional.of(near);
        }
        byId.put(id, item);
        byText.put(fp.exact(), item);
        if (fp.sketch() != null) {
            sketches.put(item, fp.sketch());
            for (long key : bandKeys) {
                byBand.computeIfAbsent(key, k -> new ArrayList<>(1)).add(item);
            }
        }
        return Optional.empty();
    }

    static double similarity(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < BINS; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / BINS;
    }

    /**
     * One-permutation MinHash: each shingle hash went to one bin by its top bits, keeping the least; an empty bin
     * borrows from the next filled one so that short texts still compare bin by bin.
     */
    private static long[] densify(long[] bins) {
        long[] sketch = bins.clone();
        for (int i = 0; i < BINS; i++) {
            if (bins[i] == Long.MAX_VALUE) {
                int j = 1;
                while (bins[(i + j) % BINS] == Long.MAX_VALUE) {
                    j++;
                }
                sketch[i] = mix(bins[(i + j) % BINS] + j);
            }
        }
        return sketch;
    }

    private static long[] bandKeys(long[] sketch) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = b;
            for (int r = 0; r < ROWS; r++) {
                k = mix(k * BASE + sketch[b * ROWS + r]);
            }
            keys[b] = k;
        }
        return keys;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
