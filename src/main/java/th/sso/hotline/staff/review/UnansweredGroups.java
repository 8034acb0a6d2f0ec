package th.sso.hotline.staff.review;

import th.sso.hotline.text.TextNormalizer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups similar questions the bot could not answer, so staff see the biggest gaps first. Questions are
 * normalised (TextNormalizer: Thai digits, repeated letters, case) and compared by their character trigrams
 * (spaces removed, so Thai without word breaks compares like Thai with them): a question joins the first
 * group whose first question shares enough trigrams (Jaccard), otherwise it starts a group.
 */
public final class UnansweredGroups {

    public record Group(String example, int size, List<String> variants, List<Long> conversationIds, Instant lastAt) {
    }

    private static final int MAX_VARIANTS = 6;

    private final TextNormalizer normalizer;
    private final double threshold;

    public UnansweredGroups(TextNormalizer normalizer, double threshold) {
        this.normalizer = normalizer;
        this.threshold = threshold;
    }

    public List<Group> group(List<ReviewRepository.Unanswered> questions) {
        List<Builder> groups = new ArrayList<>();
        for (ReviewRepository.Unanswered q : questions) {
            String norm = normalizer.normalize(q.question());
            Set<String> grams = trigrams(norm);
            Builder home = null;
            for (Builder g : groups) {
                if (g.norm.equals(norm) || jaccard(g.grams, grams) >= threshold) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new Builder(norm, grams);
                groups.add(home);
            }
            home.add(q);
        }
        return groups.stream().map(Builder::build)
                .sorted(Comparator.comparingInt(Group::size).reversed().thenComparing(Group::lastAt,
                        Comparator.reverseOrder()))
                .toList();
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
        private final String norm;
        private final Set<String> grams;
        private final Set<String> variants = new LinkedHashSet<>();
        private final Set<Long> conversations = new LinkedHashSet<>();
        private String example;
        private int size;
        private Instant lastAt;

        Builder(String norm, Set<String> grams) {
            this.norm = norm;
            this.grams = grams;
        }

        void add(ReviewRepository.Unanswered q) {
            if (example == null) {
                example = q.question();
            }
            size++;
            if (variants.size() < MAX_VARIANTS) {
                variants.add(q.question());
            }
            conversations.add(q.conversationId());
            if (lastAt == null || q.at().isAfter(lastAt)) {
                lastAt = q.at();
            }
        }

        Group build() {
            return new Group(example, size, List.copyOf(variants), List.copyOf(conversations), lastAt);
        }
    }
}
