package th.sso.hotline.conversation;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.sso.hotline.line.InboxEvent;
import th.sso.hotline.line.InboxStatus;
import th.sso.hotline.line.InboxWriter;
import th.sso.hotline.line.ReplicaWorker;
import th.sso.hotline.line.WebhookInbox;
import th.sso.hotline.privacy.ServerSecrets;
import th.sso.hotline.support.Databases;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The repositories behave the same on the embedded H2 and on PostgreSQL, with the one Flyway schema. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepositoryContractTest {

    private final Map<String, ApplicationContext> contexts = new HashMap<>();
    private Databases.PostgresSchema schema;

    @BeforeAll
    void start() throws Exception {
        schema = Databases.postgresSchema();
        String h2 = Files.createTempDirectory("repo").resolve("db").toString();
        contexts.put("h2", ApplicationContext.run(base(Databases.h2File(h2)), "test"));
        contexts.put("postgres", ApplicationContext.run(base(schema.properties()), "test"));
    }

    private static Map<String, Object> base(Map<String, Object> db) {
        Map<String, Object> p = new HashMap<>(db);
        p.put("line.sweep-initial-delay", "1h");
        return p;
    }

    @AfterAll
    void stop() {
        contexts.values().forEach(ApplicationContext::close);
        schema.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void inboxStoresOnceAndOnlyOneWorkerClaims(String db) {
        WebhookInbox inbox = contexts.get(db).getBean(WebhookInbox.class);
        String id = "EV" + UUID.randomUUID();
        Instant now = Instant.now();
        InboxEvent event = new InboxEvent(id, "message", now, false, "{\"type\":\"message\"}");

        assertThat(inbox.store(event, now)).isTrue();
        assertThat(inbox.store(event, now)).isFalse();
        assertThat(inbox.due(now.plusSeconds(5), now.minusSeconds(60), 1000)).contains(id);
        assertThat(inbox.claim(id, "w1", now, now.minusSeconds(60))).isTrue();
        assertThat(inbox.claim(id, "w2", now, now.minusSeconds(60))).isFalse();
        // A claim whose lease ran out may be taken over.
        assertThat(inbox.claim(id, "w2", now.plusSeconds(300), now.plusSeconds(1))).isTrue();

        inbox.finish(id, InboxStatus.DONE, null, now);
        assertThat(inbox.status(id)).contains(InboxStatus.DONE);
        assertThat(inbox.load(id)).hasValueSatisfying(e -> assertThat(e.payload()).isNull());
        assertThat(inbox.claim(id, "w3", now.plusSeconds(900), now.plusSeconds(800))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aBodyIsStoredInOneBatchAndEachEventOnce(String db) {
        WebhookInbox inbox = contexts.get(db).getBean(WebhookInbox.class);
        Instant now = Instant.now();
        String known = "EV" + UUID.randomUUID();
        assertThat(inbox.store(new InboxEvent(known, "message", now, false, "{}"), now)).isTrue();
        List<InboxEvent> body = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            body.add(new InboxEvent("EV" + UUID.randomUUID(), "message", now, false, "{\"n\":" + i + "}"));
        }
        body.add(new InboxEvent(known, "message", now, true, "{}"));
        body.add(body.get(3));

        boolean[] stored = inbox.storeAll(body, now);

        for (int i = 0; i < 50; i++) {
            assertThat(stored[i]).as("event %d", i).isTrue();
            assertThat(inbox.status(body.get(i).eventId())).contains(InboxStatus.PENDING);
        }
        assertThat(stored[50]).as("already in the inbox").isFalse();
        assertThat(stored[51]).as("the same id twice in one body").isFalse();
        WebhookInbox.Claimed claimed = inbox.claimAndLoad(body.get(7).eventId(), "w1", now, now.minusSeconds(60));
        assertThat(claimed.attempt()).isEqualTo(1);
        assertThat(claimed.event().payload()).isEqualTo("{\"n\":7}");
        assertThat(inbox.claimAndLoad(body.get(7).eventId(), "w2", now, now.minusSeconds(60)).attempt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void concurrentBodiesShareCommitsAndEachEventIsClaimedOnceForThisReplica(String db) throws Exception {
        InboxWriter writer = contexts.get(db).getBean(InboxWriter.class);
        WebhookInbox inbox = contexts.get(db).getBean(WebhookInbox.class);
        String replica = contexts.get(db).getBean(ReplicaWorker.class).id();
        Instant now = Instant.now();
        String shared = "EV" + UUID.randomUUID();
        List<List<InboxEvent>> bodies = new ArrayList<>();
        for (int b = 0; b < 40; b++) {
            List<InboxEvent> body = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                body.add(new InboxEvent("EV" + UUID.randomUUID(), "message", now, false, "{\"b\":" + b + "}"));
            }
            // The same event in every body, as redeliveries racing each other would bring it.
            body.add(new InboxEvent(shared, "message", now, true, "{}"));
            bodies.add(body);
        }
        List<java.util.concurrent.CompletableFuture<boolean[]>> results = new ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<java.util.concurrent.CompletableFuture<boolean[]>>> sent = new ArrayList<>();
            for (List<InboxEvent> body : bodies) {
                sent.add(pool.submit(() -> writer.store(body)));
            }
            for (var f : sent) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        int sharedStored = 0;
        for (int b = 0; b < bodies.size(); b++) {
            boolean[] stored = results.get(b).get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(stored).hasSize(4);
            for (int i = 0; i < 3; i++) {
                assertThat(stored[i]).isTrue();
                assertThat(inbox.status(bodies.get(b).get(i).eventId())).contains(InboxStatus.PROCESSING);
            }
            sharedStored += stored[3] ? 1 : 0;
        }
        assertThat(sharedStored).as("an event in many bodies is new in exactly one").isEqualTo(1);
        String first = bodies.get(0).get(0).eventId();
        // Stored claimed by this replica: no other worker takes it while the lease runs, and its heartbeat renews it.
        assertThat(inbox.claim(first, "another-replica", now, now.minusSeconds(60))).isFalse();
        assertThat(inbox.renew(first, replica, now.plusSeconds(5))).isTrue();
        assertThat(inbox.renewFirstClaim(first, replica, now.plusSeconds(5))).isTrue();
        assertThat(inbox.due(now.plusSeconds(10), now.minusSeconds(60), 10_000)).doesNotContain(first);
        // Once its lease has run out (the replica died), the sweep finds it and another worker takes it over.
        assertThat(inbox.due(now.plusSeconds(10), now.plusSeconds(60), 10_000)).contains(first);
        assertThat(inbox.claimAttempt(first, "another-replica", now.plusSeconds(90), now.plusSeconds(60))).isEqualTo(2);
        // The claim taken at storing is gone: the event, still queued in memory, is left to the one that took it over,
        // even when that is this replica's own sweep.
        assertThat(inbox.renewFirstClaim(first, replica, now.plusSeconds(95))).isFalse();
        assertThat(inbox.renewFirstClaim(first, "another-replica", now.plusSeconds(95))).isFalse();
        assertThat(inbox.renew(first, "another-replica", now.plusSeconds(95))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aBodyTheDatabaseRefusesFailsAloneAndItsNeighboursAreStored(String db) throws Exception {
        InboxWriter writer = contexts.get(db).getBean(InboxWriter.class);
        WebhookInbox inbox = contexts.get(db).getBean(WebhookInbox.class);
        Instant now = Instant.now();
        List<java.util.concurrent.CompletableFuture<boolean[]>> good = new ArrayList<>();
        List<String> goodIds = new ArrayList<>();
        java.util.concurrent.CompletableFuture<boolean[]> bad = null;
        for (int b = 0; b < 30; b++) {
            if (b == 15) {
                // An event type longer than its column: the database refuses this body.
                bad = writer.store(List.of(new InboxEvent("EV" + UUID.randomUUID(), "x".repeat(200), now, false, "{}")));
            }
            String id = "EV" + UUID.randomUUID();
            goodIds.add(id);
            good.add(writer.store(List.of(new InboxEvent(id, "message", now, false, "{}"))));
        }
        for (var f : good) {
            assertThat(f.get(30, java.util.concurrent.TimeUnit.SECONDS)).containsExactly(true);
        }
        assertThat(bad).failsWithin(java.time.Duration.ofSeconds(30));
        goodIds.forEach(id -> assertThat(inbox.status(id)).contains(InboxStatus.PROCESSING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void conversationsAndTurnsRoundTrip(String db) {
        ConversationRepository conversations = contexts.get(db).getBean(ConversationRepository.class);
        TurnRepository turns = contexts.get(db).getBean(TurnRepository.class);
        String key = "k" + UUID.randomUUID().toString().substring(0, 20);

        Conversation c = conversations.findOrCreate(key, Channel.API, Instant.now());
        assertThat(conversations.findOrCreate(key, Channel.API, Instant.now()).id()).isEqualTo(c.id());
        assertThat(conversations.findOrCreate(key, Channel.LINE, Instant.now()).id()).isNotEqualTo(c.id());
        assertThat(c.handoffState()).isEqualTo(HandoffState.BOT);

        long turnId = turns.insert(Turn.botAnswer(c.id(), Instant.now(), "api", null, "text", "ว่างงาน [phone]",
                new Turn.Answer("answer", "[]", "unemployment", 0.8, false, false, "th", "{}", "[]"), 12, Delivery.DIRECT));
        turns.markDelivery(turnId, Delivery.SENT, null);
        conversations.recordTurn(c.id(), "th", "unemployment", Instant.now());
        conversations.recordTurn(c.id(), "th", null, Instant.now());

        Conversation after = conversations.find(c.id()).orElseThrow();
        assertThat(after.topicIntent()).isEqualTo("unemployment");
        assertThat(after.lang()).isEqualTo("th");
        assertThat(turns.recentQuestions(c.id(), 5)).containsExactly("ว่างงาน [phone]");

    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void serverSecretIsCreatedOnceAndSharedByEveryone(String db) {
        ServerSecrets secrets = contexts.get(db).getBean(ServerSecrets.class);
        byte[] first = secrets.getOrCreate("test-" + db, 32);
        assertThat(secrets.getOrCreate("test-" + db, 32)).isEqualTo(first).hasSize(32);
    }
}
