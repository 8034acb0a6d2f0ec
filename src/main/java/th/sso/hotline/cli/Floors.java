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
        Properties floors = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            floors.load(r);
        }
        List<String> below = new ArrayList<>();
        for (String key : floors.stringPropertyNames()) {
            String[] parts = key.split("\\.", 2);
            if (!(report.get(parts[0]) instanceof Map<?, ?> section)) {
                continue;
            }
            Object value = lookup(section, parts[1]);
            if (!(value instanceof Number n)) {
                below.add(key + " missing from the report");
                continue;
            }
            String rule = floors.getProperty(key).trim();
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
