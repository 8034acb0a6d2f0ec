package th.sso.hotline.staff.review;

import th.sso.hotline.text.TextNormalizer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups similar questions of the training inbox, so staff see the biggest gaps first and act on a whole group at
 * once. Questions are normalised (TextNormalizer: Thai digits, repeated letters, case) and folded: spaces and
 * punctuation go, and Latin letters lose what romanised Thai spells in several ways (doubled letters, the h of
 * kh/ph/th, g/k, and vowels), so "prakan sangkhom" and "pragan sungkom" fold alike. A question joins the first group
 * of its kind whose folded form is the same, or whose normalised form shares enough character trigrams (Jaccard;
 * not the folded form, where too many English questions would look alike), otherwise it starts a group.
 */
public final class UnansweredGroups {

    /** Why a question is in the inbox. */
    public enum Kind {
        /** The bot had no answer: a real gap. */
        GAP,
        /** Answered from announcements without an intent and with low confidence: worth a look. */
        LOW,
        /** An out-of-scope question the bot rightly sent elsewhere (lottery, weather). */
        REFUSAL
    }

    public record Group(Kind kind, String example, int size, List<String> variants, List<Long> conversationIds,
                        Instant lastAt, List<Long> turnIds, int reviewed, Double maxConfidence) {

        public String kindCode() {
            return kind.name().toLowerCase(Locale.ROOT);
        }
    }

    private static final int MAX_VARIANTS = 6;
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern ASPIRATED = Pattern.compile("([kptc])h");
    private static final Pattern LATIN_VOWELS = Pattern.compile("[aeiouy]+");
    private static final Pattern LATIN_DOUBLE = Pattern.compile("([a-z])\\1+");
    private static final String OUT_OF_SCOPE = "out_of_scope";

    private final TextNormalizer normalizer;
    private final double threshold;

    public UnansweredGroups(TextNormalizer normalizer, double threshold) {
        this.normalizer = normalizer;
        this.threshold = threshold;
    }

    public static Kind kindOf(ReviewRepository.Unanswered q) {
        if (!q.fallback()) {
            return Kind.LOW;
        }
        return OUT_OF_SCOPE.equals(q.intent()) ? Kind.REFUSAL : Kind.GAP;
    }

    public List<Group> group(List<ReviewRepository.Unanswered> questions) {
        List<Builder> groups = new ArrayList<>();
        for (ReviewRepository.Unanswered q : questions) {
            Kind kind = kindOf(q);
            String folded = fold(q.question());
            Set<String> grams = trigrams(normalizer.normalize(q.question()));
            Builder home = null;
            for (Builder g : groups) {
                if (g.kind == kind && (g.folded.equals(folded) || jaccard(g.grams, grams) >= threshold)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new Builder(kind, folded, grams);
                groups.add(home);
            }
            home.add(q);
        }
        return groups.stream().map(Builder::build)
                .sorted(Comparator.comparing(Group::kind).thenComparing(Comparator.comparingInt(Group::size).reversed())
                        .thenComparing(Group::lastAt, Comparator.reverseOrder()))
                .toList();
    }

    /** The form variants of one question share: normalised, without spaces or punctuation, romanisation folded. */
    String fold(String question) {
        String s = NOT_LETTER.matcher(normalizer.normalize(question)).replaceAll("");
        if (s.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
            s = ASPIRATED.matcher(s).replaceAll("$1");
            s = s.replace('g', 'k').replace('j', 'c');
            s = LATIN_VOWELS.matcher(s).replaceAll("a");
            s = LATIN_DOUBLE.matcher(s).replaceAll("$1");
        }
        return s;
    }

    static Set<String> trigrams(String normalised) {
        String s = normalised.replaceAll("\\s+", "");
        Set<String> grams = new HashSet<>();
        if (s.length() < 3) {
            if (!s.isEmpty()) {
                grams.add(s);
            }
            return grams;
        }
        for (int i = 0; i + 3 <= s.length(); i++) {
            grams.add(s.substring(i, i + 3));
        }
        return grams;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static final class Builder {
        private final Kind kind;
        private final String folded;
        private final Set<String> grams;
        private final Set<String> variants = new LinkedHashSet<>();
        private final Set<Long> conversations = new LinkedHashSet<>();
        private final List<Long> turns = new ArrayList<>();
        private String example;
        private int size;
        private int reviewed;
        private Instant lastAt;
        private Double maxConfidence;

        Builder(Kind kind, String folded, Set<String> grams) {
            this.kind = kind;
            this.folded = folded;
            this.grams = grams;
        }

        void add(ReviewRepository.Unanswered q) {
            if (example == null) {
                example = q.question();
            }
            size++;
            if (q.reviewed()) {
                reviewed++;
            }
            if (variants.size() < MAX_VARIANTS) {
                variants.add(q.question());
            }
            conversations.add(q.conversationId());
            turns.add(q.turnId());
            if (lastAt == null || q.at().isAfter(lastAt)) {
                lastAt = q.at();
            }
            if (q.confidence() != null && (maxConfidence == null || q.confidence() > maxConfidence)) {
                maxConfidence = q.confidence();
            }
        }

        Group build() {
            return new Group(kind, example, size, List.copyOf(variants), List.copyOf(conversations), lastAt,
                    List.copyOf(turns), reviewed, maxConfidence);
        }
    }
}
