package th.sso.hotline.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Pinned quality floors ({@code section.metric = minimum}, or {@code max:} for rates that must stay low),
 * checked against an evaluation report. A floor moves only on purpose, in the commit that changes it.
 */
final class Floors {

    private Floors() {
    }

    static List<String> check(Map<String, Object> report, Path file) throws IOException {
        return check(report, file, null);
    }

    /**
     * With a prefix (the half of a split set, {@code tune} or {@code locked}) only the floors written
     * {@code prefix.section.metric} apply, so one file can pin each half of a set separately; without one,
     * prefixed floors are skipped like any key that names no report section.
     */
    static List<String> check(Map<String, Object> report, Path file, String prefix) throws IOException {
        Properties floors = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            floors.load(r);
        }
        List<String> below = new ArrayList<>();
        for (String name : floors.stringPropertyNames()) {
            String key = name;
            if (prefix != null) {
                if (!name.startsWith(prefix + ".")) {
                    continue;
                }
                key = name.substring(prefix.length() + 1);
            }
            String[] parts = key.split("\\.", 2);
            if (!(report.get(parts[0]) instanceof Map<?, ?> section)) {
                continue;
            }
            Object value = lookup(section, parts[1]);
            if (!(value instanceof Number n)) {
                below.add(key + " missing from the report");
                continue;
            }
            String rule = floors.getProperty(name).trim();
            boolean max = rule.startsWith("max:");
            double limit = Double.parseDouble(max ? rule.substring(4).trim() : rule);
            if (max ? n.doubleValue() > limit : n.doubleValue() < limit) {
                below.add(key + " = " + n + (max ? " > " : " < ") + limit);
            }
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
