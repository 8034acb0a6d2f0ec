package th.sso.hotline.line;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.sso.hotline.support.Databases;
import th.sso.hotline.support.LineApiStub;
import th.sso.hotline.support.Webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** What survives a process: events stored but not handled before a restart, and two replicas on one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartAndReplicasTest {

    private final LineApiStub line = new LineApiStub();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void reset() {
        line.reset();
    }

    @AfterAll
    void stop() {
        line.close();
    }

    private Map<String, Object> props(Map<String, Object> db, String sweepInitialDelay) {
        Map<String, Object> p = new HashMap<>(db);
        p.put("line.api-base-url", line.baseUrl());
        p.put("line.sweep-initial-delay", sweepInitialDelay);
        p.put("line.loading-indicator-after", "10s");
        return p;
    }

    @Test
    void eventStoredButNotHandledBeforeARestartIsAnsweredAfterIt(@TempDir Path dir) {
        String db = dir.resolve("hotline").toString();
        ObjectNode event = Webhooks.text("Ua1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a", "ทำฟันเบิกได้เท่าไหร่");
        try (ApplicationContext first = ApplicationContext.run(props(Databases.h2File(db), "1h"), "test")) {
            // The process dies after the 200 and before a worker took the event.
            first.getBean(WebhookInbox.class).store(new InboxEvent(event.get("webhookEventId").asText(), "message",
                    Instant.now(), false, event.toString()), Instant.now());
        }
        assertThat(line.calls()).isEmpty();

        try (ApplicationContext second = ApplicationContext.run(props(Databases.h2File(db), "100ms"), "test")) {
            WebhookInbox inbox = second.getBean(WebhookInbox.class);
            String id = event.get("webhookEventId").asText();
            // The reply reaches LINE a moment before the worker marks the event done.
            line.await(c -> line.replies().size() == 1 && inbox.status(id).equals(Optional.of(InboxStatus.DONE)),
                    Duration.ofSeconds(15));
            assertThat(line.replies()).singleElement()
                    .satisfies(r -> assertThat(r.replyToken()).isEqualTo(event.get("replyToken").asText()));
            assertThat(inbox.status(id)).contains(InboxStatus.DONE);
        }
    }

    /** Issue 8's bound: an event held by a replica that died is taken over by another within 30 s of the claim. */
    @Test
    void anEventClaimedByADeadReplicaIsTakenOverWithinThirtySeconds() {
        ObjectNode event = Webhooks.text("Uc3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c", "ทำฟันเบิกได้เท่าไหร่");
        String id = event.get("webhookEventId").asText();
        try (Databases.PostgresSchema schema = Databases.postgresSchema();
             ApplicationContext survivor = ApplicationContext.run(props(schema.properties(), "100ms"), "test")) {
            Instant claimed;
            try (ApplicationContext dying = ApplicationContext.run(props(schema.properties(), "1h"), "test")) {
                WebhookInbox inbox = dying.getBean(WebhookInbox.class);
                inbox.store(new InboxEvent(id, "message", Instant.now(), false, event.toString()), Instant.now());
                claimed = Instant.now();
                // Its worker took the event, then the process was SIGKILLed: the claim stays and nobody renews it.
                assertThat(inbox.claim(id, "replica-killed-mid-event", claimed, claimed.minusSeconds(3600))).isTrue();
            }
            WebhookInbox inbox = survivor.getBean(WebhookInbox.class);
            line.await(c -> line.replies().size() == 1 && inbox.status(id).equals(Optional.of(InboxStatus.DONE)),
                    Duration.ofSeconds(45));
            Map<String, Object> row = survivor.getBean(org.jdbi.v3.core.Jdbi.class).withHandle(h -> h.createQuery(
                    "select claimed_by, claimed_at from webhook_event where event_id = :id").bind("id", id).mapToMap().one());
            assertThat((String) row.get("claimed_by")).isNotEqualTo("replica-killed-mid-event");
            // When the survivor took it over (the reply follows as fast as the machine allows).
            Instant takenOver = ((java.sql.Timestamp) row.get("claimed_at")).toInstant();
            assertThat(Duration.between(claimed, takenOver)).isLessThanOrEqualTo(Duration.ofSeconds(30));
            assertThat(line.replies()).singleElement()
                    .satisfies(r -> assertThat(r.replyToken()).isEqualTo(event.get("replyToken").asText()));
        }
    }

    @Test
    void twoReplicasOnOnePostgresAnswerAnEventDeliveredToBothOnce() throws Exception {
        try (Databases.PostgresSchema schema = Databases.postgresSchema();
             EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, props(schema.properties(), "100ms"), "test");
             EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, props(schema.properties(), "100ms"), "test")) {
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ObjectNode event = Webhooks.text("Ub2b2b2b2b2b2b2b2b2b2b2b2b2b2b2" + i, "ว่างงานได้เงินกี่เปอร์เซ็นต์");
                ids.add(event.get("webhookEventId").asText());
                byte[] body = Webhooks.body(event);
                byte[] again = Webhooks.body(Webhooks.redeliveryOf(event));
                List<CompletableFuture<Integer>> posts = List.of(post(a, body), post(b, body), post(b, again), post(a, again));
                for (CompletableFuture<Integer> p : posts) {
                    assertThat(p.get()).isEqualTo(200);
                }
            }
            // Every event finished (DONE is written after its reply) on either replica: no reply can come later.
            WebhookInbox inbox = a.getApplicationContext().getBean(WebhookInbox.class);
            line.await(c -> ids.stream().allMatch(id -> inbox.status(id).equals(Optional.of(InboxStatus.DONE))),
                    Duration.ofSeconds(20));
            assertThat(ids).allSatisfy(id -> assertThat(inbox.status(id)).contains(InboxStatus.DONE));
            assertThat(line.replies()).hasSize(5);
            assertThat(line.replies().stream().map(LineApiStub.Call::replyToken).distinct()).hasSize(5);
        }
    }

    private CompletableFuture<Integer> post(EmbeddedServer server, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/callback"))
                .header("Content-Type", "application/json")
                .header("X-Line-Signature", Webhooks.sign(Webhooks.SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }
}
