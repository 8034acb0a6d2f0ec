package th.sso.hotline.knowledge.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * What staff should check in the figures: values whose last confirmation is older than a year, and values or
 * drafts due to start soon (so the answers can be checked on the day they switch).
 */
public final class FigureReview {

    public static final Period STALE_AFTER = Period.ofYears(1);
    public static final Period DUE_WITHIN = Period.ofDays(90);

    private FigureReview() {
    }

    public record Finding(Figure figure, Reason reason, FigureVersion version) {
    }

    public enum Reason { NOT_CONFIRMED_FOR_A_YEAR, CHANGE_DUE, NO_VALUE_TODAY }

    public static List<Finding> findings(FigureBook book, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        for (Figure f : book.all()) {
            var current = f.on(today);
            if (current.isEmpty()) {
                out.add(new Finding(f, Reason.NO_VALUE_TODAY, null));
            } else if (current.get().confirmed().plus(STALE_AFTER).isBefore(today)) {
                out.add(new Finding(f, Reason.NOT_CONFIRMED_FOR_A_YEAR, current.get()));
            }
            f.nextChangeAfter(today)
                    .filter(next -> !next.from().isAfter(today.plus(DUE_WITHIN)))
                    .ifPresent(next -> out.add(new Finding(f, Reason.CHANGE_DUE, next)));
        }
        return out;
    }
}
