package th.sso.hotline.knowledge.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every figure the answers and calculators use ({@code intents/rules/figures.yaml}), checked when read: unique ids,
 * a known unit, and versions that each have a value, a start, a source and a confirmation date, in order and
 * without overlapping.
 */
public final class FigureBook {

    public static final String FILE = "figures.yaml";
    private static final Set<String> UNITS = Set.of("baht", "percent", "days", "months", "years", "count");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Map<String, Figure> figures;

    public FigureBook(List<Figure> figures) {
        Map<String, Figure> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Figure f : figures) {
            if (byId.putIfAbsent(f.id(), f) != null) {
                problems.add(f.id() + ": defined twice");
            }
            problems.addAll(check(f));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("figures: " + String.join("; ", problems));
        }
        this.figures = Map.copyOf(byId);
    }

    public static FigureBook read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IllegalStateException("figures: " + file.toAbsolutePath() + " is missing");
        }
        try {
            return new FigureBook(YAML.readValue(file.toFile(), FigureFile.class).figures());
        } catch (IOException e) {
            throw new UncheckedIOException("figures: cannot read " + file, e);
        }
    }

    public Optional<Figure> find(String id) {
        return Optional.ofNullable(figures.get(id));
    }

    public boolean contains(String id) {
        return figures.containsKey(id);
    }

    /** The value in force on {@code day}; a missing figure or period is a defect in the data, so it throws. */
    public FigureVersion on(String id, LocalDate day) {
        Figure figure = find(id).orElseThrow(() -> new IllegalArgumentException("no figure " + id));
        return figure.on(day).orElseThrow(() -> new IllegalStateException("figure " + id + " has no value on " + day));
    }

    public List<Figure> all() {
        return figures.values().stream().sorted(java.util.Comparator.comparing(Figure::id)).toList();
    }

    private static List<String> check(Figure f) {
        List<String> problems = new ArrayList<>();
        if (f.id() == null || f.id().isBlank()) {
            problems.add("a figure without id");
            return problems;
        }
        if (!UNITS.contains(f.unit())) {
            problems.add(f.id() + ": unit must be one of " + UNITS);
        }
        if (f.label() == null || f.label().th() == null || f.label().en() == null) {
            problems.add(f.id() + ": needs a Thai and an English label");
        }
        if (f.versions().isEmpty()) {
            problems.add(f.id() + ": no version");
        }
        FigureVersion previous = null;
        for (FigureVersion v : f.versions()) {
            if (v.value() == null || v.from() == null || v.source() == null || v.confirmed() == null) {
                problems.add(f.id() + ": every version needs value, from, source and confirmed");
                continue;
            }
            if (v.status() != null) {
                problems.add(f.id() + ": a version in force has no status (drafts go under proposals)");
            }
            if (v.to() != null && v.to().isBefore(v.from())) {
                problems.add(f.id() + ": version from " + v.from() + " ends before it starts");
            }
            if (previous != null && (previous.to() == null || !previous.to().isBefore(v.from()))) {
                problems.add(f.id() + ": versions from " + previous.from() + " and " + v.from() + " overlap");
            }
            previous = v;
        }
        for (FigureVersion p : f.proposals()) {
            if (p.value() == null || p.source() == null || !"draft".equals(p.status())) {
                problems.add(f.id() + ": a proposal needs value, source and status: draft");
            }
        }
        return problems;
    }

    private record FigureFile(List<Figure> figures) {
        FigureFile {
            figures = figures == null ? List.of() : figures;
        }
    }
}
