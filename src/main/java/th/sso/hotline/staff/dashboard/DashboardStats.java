package th.sso.hotline.staff.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's figures over the bot's answers in a date range, per Bangkok day: volume, containment
 * (share of conversations that day with no fallback and no handoff), fallback rate, p95 reply time, and the
 * top intents over the whole range.
 */
public final class DashboardStats {

    /** One answered turn, as the dashboard needs it. */
    public record Answer(long conversationId, Instant at, String intent, boolean fallback, boolean handoff,
                         Integer latencyMs) {
    }

    public record Day(LocalDate date, int turns, double containment, double fallbackRate, Integer p95LatencyMs) {
    }

    public record Summary(List<Day> days, Map<String, Integer> topIntents, int turns, int conversations,
                          double containment, double fallbackRate, Integer p95LatencyMs) {
    }

    private DashboardStats() {
    }

    public static Summary of(List<Answer> answers, LocalDate from, LocalDate to, ZoneId zone, int topN) {
        Map<LocalDate, List<Answer>> byDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        Map<String, Integer> intents = new HashMap<>();
        for (Answer a : answers) {
            List<Answer> day = byDay.get(a.at().atZone(zone).toLocalDate());
            if (day != null) {
                day.add(a);
                if (a.intent() != null) {
                    intents.merge(a.intent(), 1, Integer::sum);
                }
            }
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, list) -> days.add(new Day(date, list.size(), containment(list), fallbackRate(list),
                p95(list))));
        List<Answer> all = byDay.values().stream().flatMap(List::stream).toList();
        Map<String, Integer> top = new LinkedHashMap<>();
        intents.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(topN).forEach(e -> top.put(e.getKey(), e.getValue()));
        long conversations = all.stream().map(Answer::conversationId).distinct().count();
        return new Summary(days, top, all.size(), (int) conversations, containment(all), fallbackRate(all), p95(all));
    }

    /** Conversations none of whose answers (in the list) fell back or went to staff, over all conversations. */
    static double containment(List<Answer> answers) {
        Set<Long> all = new HashSet<>();
        Set<Long> failed = new HashSet<>();
        for (Answer a : answers) {
            all.add(a.conversationId());
            if (a.fallback() || a.handoff()) {
                failed.add(a.conversationId());
            }
        }
        return all.isEmpty() ? 0 : (double) (all.size() - failed.size()) / all.size();
    }

    static double fallbackRate(List<Answer> answers) {
        return answers.isEmpty() ? 0 : (double) answers.stream().filter(Answer::fallback).count() / answers.size();
    }

    /** Nearest-rank 95th percentile of the reply times; null when none are known. */
    static Integer p95(List<Answer> answers) {
        int[] latencies = answers.stream().filter(a -> a.latencyMs() != null).mapToInt(Answer::latencyMs).toArray();
        if (latencies.length == 0) {
            return null;
        }
        Arrays.sort(latencies);
        int rank = (int) Math.ceil(0.95 * latencies.length);
        return latencies[Math.max(0, rank - 1)];
    }
}
