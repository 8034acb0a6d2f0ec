package th.sso.hotline.staff.dashboard;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures computed by the database: one small aggregate per Bangkok day, one for the whole range
 * and one for the top intents, so 90 days of turns are never loaded into memory. Same definitions as
 * {@link DashboardStats}: containment is the share of conversations with no fallback and no handoff, p95 the
 * nearest-rank 95th percentile (one indexed row fetched by rank).
 */
@Singleton
class DashboardQueries {

    /** The bot's answers: typed questions and quick-reply choices that got a reply. */
    private static final String ANSWERS = """
            from turn where kind in ('text', 'postback') and reply_text is not null
              and created_at >= :from and created_at < :to""";

    private final Jdbi jdbi;

    DashboardQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    DashboardStats.Summary summary(LocalDate from, LocalDate to, ZoneId zone, int topN) {
        return jdbi.withHandle(h -> {
            List<DashboardStats.Day> days = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                Figures f = figures(h, start(d, zone), start(d.plusDays(1), zone));
                days.add(new DashboardStats.Day(d, f.turns(), f.containment(), f.fallbackRate(), f.p95()));
            }
            Instant rangeFrom = start(from, zone);
            Instant rangeTo = start(to.plusDays(1), zone);
            Figures all = figures(h, rangeFrom, rangeTo);
            Map<String, Integer> top = new LinkedHashMap<>();
            h.createQuery("select intent, count(*) n " + ANSWERS
                            + " and intent is not null group by intent order by n desc, intent limit :top")
                    .bind("from", rangeFrom).bind("to", rangeTo).bind("top", topN)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(e -> top.put(e.getKey(), e.getValue()));
            return new DashboardStats.Summary(days, top, all.turns(), all.conversations(), all.containment(),
                    all.fallbackRate(), all.p95());
        });
    }

    private record Figures(int turns, int conversations, int failedConversations, int fallbacks, Integer p95) {
        double containment() {
            return conversations == 0 ? 0 : (double) (conversations - failedConversations) / conversations;
        }

        double fallbackRate() {
            return turns == 0 ? 0 : (double) fallbacks / turns;
        }
    }

    private static Figures figures(Handle h, Instant from, Instant to) {
        int[] latencies = {0};
        Figures counts = h.createQuery("select count(*), count(distinct conversation_id), "
                        + "count(distinct case when fallback or handoff then conversation_id end), "
                        + "coalesce(sum(case when fallback then 1 else 0 end), 0), count(latency_ms) " + ANSWERS)
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> {
                    latencies[0] = rs.getInt(5);
                    return new Figures(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), null);
                })
                .one();
        Integer p95 = null;
        if (latencies[0] > 0) {
            // Nearest rank: the ceil(0.95 n)-th smallest (H2's percentile_disc rounds differently from PostgreSQL's).
            int rank = (int) Math.ceil(0.95 * latencies[0]);
            p95 = h.createQuery("select latency_ms " + ANSWERS
                            + " and latency_ms is not null order by latency_ms offset :skip rows fetch next 1 rows only")
                    .bind("from", from).bind("to", to).bind("skip", Math.max(0, rank - 1))
                    .mapTo(Integer.class).one();
        }
        return new Figures(counts.turns(), counts.conversations(), counts.failedConversations(), counts.fallbacks(), p95);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
