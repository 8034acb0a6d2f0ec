package th.sso.hotline.staff.dashboard;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.sso.hotline.staff.db.TestDatabase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's SQL aggregates give exactly what {@link DashboardStats} computes from the rows themselves, on H2
 * and PostgreSQL, including Bangkok day boundaries, turns that are not answers, and unknown reply times.
 */
class DashboardQueriesTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void sqlAggregatesMatchTheFiguresComputedFromTheRows(String database) throws Exception {
        try (TestDatabase db = database.equals("h2") ? TestDatabase.h2() : TestDatabase.postgres()) {
            Jdbi jdbi = db.jdbi();
            LocalDate from = LocalDate.of(2026, 3, 9);
            LocalDate to = LocalDate.of(2026, 3, 15);
            Random random = new Random(8);
            List<DashboardStats.Answer> answers = new ArrayList<>();
            Instant start = from.atStartOfDay(BANGKOK).toInstant().minusSeconds(3 * 3600);
            List<Long> conversations = new ArrayList<>();
            for (int c = 0; c < 25; c++) {
                long id = jdbi.withHandle(h -> h.createUpdate("""
                                insert into conversation(user_key, channel, started_at, last_at, handoff_state)
                                values(:k, 'line', :t, :t, 'BOT')""")
                        .bind("k", "k" + random.nextLong()).bind("t", start)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
                conversations.add(id);
            }
            String[] intents = {"unemployment", "maternity", "card", null};
            for (int i = 0; i < 600; i++) {
                long conv = conversations.get(random.nextInt(conversations.size()));
                Instant at = start.plusSeconds(random.nextInt(8 * 24 * 3600));
                String kind = random.nextInt(10) == 0 ? "media" : random.nextBoolean() ? "text" : "postback";
                boolean replied = random.nextInt(12) != 0;
                String intent = intents[random.nextInt(intents.length)];
                boolean fallback = random.nextInt(6) == 0;
                boolean handoff = random.nextInt(15) == 0;
                Integer latency = random.nextInt(8) == 0 ? null : 50 + random.nextInt(3000);
                jdbi.useHandle(h -> h.createUpdate("""
                                insert into turn(conversation_id, created_at, channel, kind, question, reply_text, intent,
                                  fallback, handoff, latency_ms, delivery)
                                values(:c, :t, 'line', :kind, 'q', :reply, :intent, :fb, :ho, :lat, 'sent')""")
                        .bind("c", conv).bind("t", at).bind("kind", kind).bind("reply", replied ? "r" : null)
                        .bind("intent", intent).bind("fb", fallback).bind("ho", handoff).bind("lat", latency).execute());
                if (replied && !kind.equals("media")) {
                    answers.add(new DashboardStats.Answer(conv, at, intent, fallback, handoff, latency));
                }
            }
            DashboardStats.Summary expected = DashboardStats.of(answers, from, to, BANGKOK, 2);
            DashboardStats.Summary actual = new DashboardQueries(jdbi).summary(from, to, BANGKOK, 2);
            assertThat(actual).isEqualTo(expected);
            assertThat(actual.turns()).isGreaterThan(300);
        }
    }
}
