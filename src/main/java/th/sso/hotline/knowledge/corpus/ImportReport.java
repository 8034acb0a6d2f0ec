package th.sso.hotline.knowledge.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one corpus load. Every file found is kept, a duplicate or skipped, so
 * {@code filesRead == kept + duplicates + skipped files}; what went wrong while listing (a missing directory,
 * an unlistable folder) is among the skips as well.
 *
 * @param duplicateExamples the first few duplicates, with the file kept in their place
 * @param skipped           by reason label (see {@link SkipReason.Kind}), with a few example paths each
 */
public record ImportReport(int filesRead, int kept, int duplicates, List<Duplicate> duplicateExamples,
                           Map<String, Skipped> skipped, long elapsedMillis) {

    public static final int EXAMPLES = 5;
    public static final int DUPLICATE_EXAMPLES = 10;

    public record Duplicate(String path, String keptPath, String why) {
    }

    public record Skipped(int count, List<String> examples) {

        public Skipped {
            examples = List.copyOf(examples);
        }
    }

    public ImportReport {
        duplicateExamples = List.copyOf(duplicateExamples);
        skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Skipped::count).sum();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Import: %,d files read, %,d announcements kept, %,d duplicates, %,d skipped, %,d ms%n",
                filesRead, kept, duplicates, skippedCount(), elapsedMillis));
        if (duplicates > 0) {
            sb.append(String.format("  duplicates (%,d), for example:%n", duplicates));
            for (Duplicate d : duplicateExamples) {
                sb.append("    ").append(d.path()).append("\n      = ").append(d.keptPath())
                        .append(" (").append(d.why()).append(")\n");
            }
        }
        skipped.forEach((reason, s) -> {
            sb.append(String.format("  skipped, %s (%,d):%n", reason, s.count()));
            s.examples().forEach(e -> sb.append("    ").append(e).append('\n'));
        });
        return sb.toString().stripTrailing();
    }

    /** Collects outcomes in file order; not thread-safe. */
    static final class Builder {

        private int filesRead;
        private int kept;
        private int duplicates;
        private final List<Duplicate> duplicateExamples = new ArrayList<>();
        private final Map<String, Integer> skipCounts = new TreeMap<>();
        private final Map<String, List<String>> skipExamples = new TreeMap<>();

        void fileRead() {
            filesRead++;
        }

        void kept() {
            kept++;
        }

        void duplicate(String path, String keptPath, String why) {
            duplicates++;
            if (duplicateExamples.size() < DUPLICATE_EXAMPLES) {
                duplicateExamples.add(new Duplicate(path, keptPath, why));
            }
        }

        void skipped(SkipReason reason, String path) {
            String label = reason.kind().label();
            skipCounts.merge(label, 1, Integer::sum);
            List<String> examples = skipExamples.computeIfAbsent(label, k -> new ArrayList<>());
            if (examples.size() < EXAMPLES) {
                examples.add(reason.detail() == null ? path : path + " (" + reason.detail() + ")");
            }
        }

        ImportReport build(long elapsedMillis) {
            Map<String, Skipped> skipped = new TreeMap<>();
            skipCounts.forEach((label, count) -> skipped.put(label, new Skipped(count, skipExamples.get(label))));
            return new ImportReport(filesRead, kept, duplicates, duplicateExamples, skipped, elapsedMillis);
        }
    }
}
