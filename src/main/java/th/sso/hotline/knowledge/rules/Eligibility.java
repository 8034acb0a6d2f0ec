package th.sso.hotline.knowledge.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Which benefit each kind of insured person has ({@code intents/rules/eligibility.yaml}): one row per benefit, one
 * cell per section (33, 39, 40), each with whether it is covered and a short note in Thai and English.
 */
public final class Eligibility {

    public static final String FILE = "eligibility.yaml";
    public static final List<String> SECTIONS = List.of("33", "39", "40");
    private static final Set<String> COVERED = Set.of("yes", "no", "partly");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public record Source(String url, String title, @JsonProperty("title_en") String titleEn, LocalDate date) {
    }

    public record Cell(String covered, String th, String en) {
    }

    public record Benefit(String id, List<String> intents, Figure.Label label, Map<String, Cell> sections) {
        public Cell in(int section) {
            return sections.get(Integer.toString(section));
        }
    }

    private record EligibilityFile(List<Source> sources, List<Benefit> benefits) {
    }

    private final List<Source> sources;
    private final List<Benefit> benefits;

    public Eligibility(List<Source> sources, List<Benefit> benefits, FigureBook figures) {
        this.sources = List.copyOf(sources);
        this.benefits = List.copyOf(benefits);
        List<String> problems = new ArrayList<>();
        for (Benefit b : benefits) {
            if (b.sections() == null || !b.sections().keySet().equals(Set.copyOf(SECTIONS))) {
                problems.add(b.id() + ": needs exactly the sections " + SECTIONS);
                continue;
            }
            b.sections().forEach((section, cell) -> {
                if (!COVERED.contains(cell.covered()) || cell.th() == null || cell.en() == null) {
                    problems.add(b.id() + "/" + section + ": needs covered (yes|no|partly), th and en");
                } else {
                    unknownFigures(cell.th() + cell.en(), figures).forEach(f -> problems.add(b.id() + "/" + section
                            + ": unknown figure " + f));
                }
            });
        }
        if (sources.isEmpty()) {
            problems.add("no sources");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("eligibility: " + String.join("; ", problems));
        }
    }

    public static Eligibility read(Path dir, FigureBook figures) {
        try {
            EligibilityFile file = YAML.readValue(dir.resolve(FILE).toFile(), EligibilityFile.class);
            return new Eligibility(file.sources() == null ? List.of() : file.sources(),
                    file.benefits() == null ? List.of() : file.benefits(), figures);
        } catch (IOException e) {
            throw new UncheckedIOException("eligibility: cannot read " + dir.resolve(FILE), e);
        }
    }

    public List<Benefit> benefits() {
        return benefits;
    }

    public List<Source> sources() {
        return sources;
    }

    /** The benefit a follow-up about {@code intentId} is asking after, if the table has one. */
    public Optional<Benefit> forIntent(String intentId) {
        return benefits.stream().filter(b -> b.intents().contains(intentId)).findFirst();
    }

    private static List<String> unknownFigures(String text, FigureBook figures) {
        List<String> unknown = new ArrayList<>();
        Matcher m = FigureText.PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!figures.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }
}
