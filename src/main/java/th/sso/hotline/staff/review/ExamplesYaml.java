package th.sso.hotline.staff.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.text.TextNormalizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reviewed questions as YAML to paste into {@code intents/<id>.yaml}: one document per intent with
 * {@code examples: {th: [...], en: [...]}}. Questions the intent already has (after normalisation), repeats,
 * and questions still holding a masked placeholder such as [phone] are left out.
 */
public final class ExamplesYaml {

    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");
    private static final Pattern MASKED = Pattern.compile("\\[(national-id|phone|email|account-number|passport|work-permit)]");

    private final IntentCatalog catalog;
    private final TextNormalizer normalizer;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

    public ExamplesYaml(IntentCatalog catalog, TextNormalizer normalizer) {
        this.catalog = catalog;
        this.normalizer = normalizer;
    }

    /** Reviewed questions the export leaves out because they held personal data (now masked placeholders). */
    public static long withPersonalData(List<ReviewRepository.ReviewedExample> reviewed, String onlyIntent) {
        return reviewed.stream().filter(e -> onlyIntent == null || onlyIntent.equals(e.intent()))
                .filter(e -> MASKED.matcher(e.question()).find()).count();
    }

    public String write(List<ReviewRepository.ReviewedExample> reviewed, String onlyIntent, LocalDate today) {
        Map<String, Map<String, List<String>>> byIntent = new TreeMap<>();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        long personal = withPersonalData(reviewed, onlyIntent);
        for (ReviewRepository.ReviewedExample e : reviewed) {
            if ((onlyIntent != null && !onlyIntent.equals(e.intent())) || !catalog.contains(e.intent())
                    || MASKED.matcher(e.question()).find()) {
                continue;
            }
            String norm = normalizer.normalize(e.question());
            if (!seen.computeIfAbsent(e.intent(), this::known).add(norm)) {
                continue;
            }
            String lang = THAI.matcher(e.question()).find() ? "th" : "en";
            byIntent.computeIfAbsent(e.intent(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(lang, k -> new ArrayList<>()).add(e.question().strip());
        }
        StringBuilder out = new StringBuilder("# Reviewed examples from the staff console, " + today + ".\n"
                + "# Paste each list under examples: in the intent's file; check every line before committing.\n");
        if (personal > 0) {
            out.append("# Left out: ").append(personal).append(" reviewed question(s) that held personal data (masked as")
                    .append(" [phone], [national-id] ...); write them in by hand, without the personal data, if they")
                    .append(" are worth keeping.\n");
        }
        for (var entry : byIntent.entrySet()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", entry.getKey());
            Map<String, List<String>> examples = new LinkedHashMap<>();
            for (String lang : List.of("th", "en")) {
                if (entry.getValue().containsKey(lang)) {
                    examples.put(lang, entry.getValue().get(lang));
                }
            }
            doc.put("examples", examples);
            out.append("---\n# intents/").append(entry.getKey()).append(".yaml\n").append(toYaml(doc));
        }
        return out.toString();
    }

    private Set<String> known(String intentId) {
        Set<String> known = new HashSet<>();
        catalog.find(intentId).map(IntentDefinition::examples).ifPresent(ex -> ex.all()
                .forEach(s -> known.add(normalizer.normalize(s))));
        return known;
    }

    private String toYaml(Object doc) {
        try {
            return yaml.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }
}
