package th.sso.hotline.knowledge.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure's value over one period: from {@code from} to {@code to} (both inclusive; {@code to} null while it is in
 * force), stated by {@code source}, last restated by an announcement on {@code confirmed}. {@code status} is null for
 * a rule in force and {@code draft} for a proposal, which is never used in an answer.
 */
public record FigureVersion(BigDecimal value, LocalDate from, LocalDate to, String source, LocalDate confirmed,
                            String status) {

    public boolean covers(LocalDate day) {
        return from != null && !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
