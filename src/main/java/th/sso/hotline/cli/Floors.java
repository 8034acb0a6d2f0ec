package th.sso.hotline.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pinned quality floors ({@code section.metric = minimum}, or {@code max:} for rates that must stay low),
 * checked against an evaluation report. A floor moves only on purpose, in the commit that changes it.
 */
final class Floors {

    private Floors() {
    }

    /** The sections an evaluation report can have; a floor's first name part is one of them or a prefix. */
    static final Set<String> SECTIONS = Set.of("intents", "corpus", "answers");

    static List<String> check(Map<String, Object> report, Path file) throws IOException {
        return check(report, file, null, Set.of());
    }

    /**
     * With a prefix (the half of a split set, {@code tune} or {@code locked}) only the floors written
     * {@code prefix.section.metric} apply, so one file can pin each half of a set separately; without one,
     * only the floors that start with a section name. A floor that applies but whose section the report lacks is
     * a failure, not a pass: a gate must not pass without checking. Sections the caller names in {@code skip}
     * (the run could not score them, e.g. retrieval without the corpus) are left out on purpose.
     */
    static List<String> check(Map<String, Object> report, Path file, String prefix, Set<String> skip)
            throws IOException {
        Properties floors = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            floors.load(r);
        }
        List<String> below = new ArrayList<>();
        int checked = 0;
        for (String name : new TreeSet<>(floors.stringPropertyNames())) {
            String key = name;
            if (prefix != null) {
                if (!name.startsWith(prefix + ".")) {
                    continue;
                }
                key = name.substring(prefix.length() + 1);
            }
            String[] parts = key.split("\\.", 2);
            if (prefix == null && !SECTIONS.contains(parts[0]) || skip.contains(parts[0])) {
                continue;
            }
            if (parts.length < 2 || !SECTIONS.contains(parts[0])) {
                below.add(name + " names no report section (" + String.join(", ", new TreeSet<>(SECTIONS)) + ")");
                continue;
            }
            if (!(report.get(parts[0]) instanceof Map<?, ?> section)) {
                below.add(key + " not checked: the report has no " + parts[0] + " section");
                continue;
            }
            Object value = lookup(section, parts[1]);
            if (!(value instanceof Number n)) {
                below.add(key + " missing from the report");
                continue;
            }
            checked++;
            String rule = floors.getProperty(name).trim();
            boolean max = rule.startsWith("max:");
            double limit = Double.parseDouble(max ? rule.substring(4).trim() : rule);
            if (max ? n.doubleValue() > limit : n.doubleValue() < limit) {
                below.add(key + " = " + n + (max ? " > " : " < ") + limit);
            }
        }
        if (checked == 0 && below.isEmpty()) {
            below.add("no floor in " + file + (prefix == null ? "" : " under " + prefix + ".") + " applies to this run");
        }
        return below;
    }

    private static Object lookup(Map<?, ?> section, String path) {
        Object current = section;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(part);
        }
        return current;
    }
}
