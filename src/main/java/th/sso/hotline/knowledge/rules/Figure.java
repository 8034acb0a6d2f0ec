package th.sso.hotline.knowledge.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One figure of the rules (a rate, an amount, a number of days) with every period it has been in force and the
 * drafts that would change it. {@code unit} is {@code baht}, {@code percent}, {@code days}, {@code months},
 * {@code years} or {@code count}.
 */
public record Figure(String id, Label label, String unit, List<FigureVersion> versions, List<FigureVersion> proposals) {

    public Figure {
        versions = versions == null ? List.of()
                : versions.stream().sorted(Comparator.comparing(FigureVersion::from)).toList();
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }

    /** The version in force on {@code day}, if any. */
    public Optional<FigureVersion> on(LocalDate day) {
        return versions.stream().filter(v -> v.covers(day)).findFirst();
    }

    /** The next version or proposal that starts after {@code day}, if one is dated. */
    public Optional<FigureVersion> nextChangeAfter(LocalDate day) {
        return java.util.stream.Stream.concat(versions.stream(), proposals.stream())
                .filter(v -> v.from() != null && v.from().isAfter(day))
                .min(Comparator.comparing(FigureVersion::from));
    }

    public record Label(String th, String en) {
    }
}
