package th.sso.hotline.staff.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.sse.SseClient;
import io.micronaut.http.sse.Event;
import io.micronaut.runtime.server.EmbeddedServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.staff.LineStandIn;
import th.sso.hotline.staff.StaffTestProperties;
import th.sso.hotline.support.Databases;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas on one PostgreSQL schema: an agent whose browser listens to replica B sees what happens on replica A
 * (a citizen's request for a person, an agent taking the chat, the citizen's next message) within seconds, because
 * the feed reads the database and not the replica's own memory. The citizen is told in Thai, by push, that an
 * officer took the chat and, later, that it went back to the bot.
 */
class LiveDeskReplicasTest {

    @Test
    void whatHappensOnOneReplicaReachesStreamsOnTheOther() throws Exception {
        try (LineStandIn line = new LineStandIn();
             Databases.PostgresSchema schema = Databases.postgresSchema();
             EmbeddedServer a = start(schema, line);
             EmbeddedServer b = start(schema, line)) {
            SseClient sse = b.getApplicationContext().createBean(SseClient.class, b.getURL());
            List<JsonNode> seen = new CopyOnWriteArrayList<>();
            ObjectMapper json = new ObjectMapper();
            Disposable stream = Flux.from(sse.eventStream(
                            HttpRequest.GET("/console/live").basicAuth("admin", StaffTestProperties.ADMIN_PASSWORD),
                            String.class))
                    .subscribe(e -> seen.add(parse(json, e)));
            try {
                await(seen, e -> "queue".equals(e.path("type").asText()));
                Thread.sleep(1500); // the poller's first round only sets its cursor

                ChatService chatOnA = a.getApplicationContext().getBean(ChatService.class);
                Exchange citizen = new Exchange(Channel.LINE, "Ureplica00000000000000000000000001", null);
                long id = chatOnA.ask(citizen, "ขอคุยกับเจ้าหน้าที่", Optional.empty()).conversationId();
                await(seen, e -> "handoff".equals(e.path("type").asText()) && e.path("conversation").asLong() == id
                        && "QUEUED".equals(e.path("state").asText()));
                await(seen, e -> "turn".equals(e.path("type").asText()) && e.path("conversation").asLong() == id);

                line.clear();
                AgentDesk deskOnA = a.getApplicationContext().getBean(AgentDesk.class);
                assertThat(deskOnA.take(id, "agent-a")).isEqualTo(AgentDesk.Outcome.DONE);
                RecordedRequest taken = line.next("/v2/bot/message/push", 10);
                assertThat(taken).as("the citizen is told an officer joined").isNotNull();
                JsonNode takenBody = json.readTree(taken.getBody().utf8());
                assertThat(takenBody.path("to").asText()).isEqualTo("Ureplica00000000000000000000000001");
                assertThat(takenBody.path("messages").get(0).path("text").asText()).contains("เจ้าหน้าที่");
                await(seen, e -> "handoff".equals(e.path("type").asText()) && e.path("conversation").asLong() == id
                        && "AGENT".equals(e.path("state").asText()) && "agent-a".equals(e.path("agent").asText()));

                int before = seen.size();
                chatOnA.ask(citizen, "ส่งเอกสารเพิ่มทางไหนคะ", Optional.empty());
                await(seen, before, e -> "turn".equals(e.path("type").asText())
                        && e.path("conversation").asLong() == id);
                await(seen, before, e -> "queue".equals(e.path("type").asText()) && e.path("attention").asLong() >= 1);
                assertThat(seen.toString()).doesNotContain("Ureplica").doesNotContain("เอกสาร");

                line.clear();
                assertThat(deskOnA.releaseByAgent(id, "agent-a", false)).isEqualTo(AgentDesk.Outcome.DONE);
                RecordedRequest released = line.next("/v2/bot/message/push", 10);
                assertThat(released).as("the citizen is told the bot answers again").isNotNull();
                assertThat(json.readTree(released.getBody().utf8()).path("messages").get(0).path("text").asText())
                        .contains("ผู้ช่วยอัตโนมัติ");
                await(seen, e -> "handoff".equals(e.path("type").asText()) && e.path("conversation").asLong() == id
                        && "BOT".equals(e.path("state").asText()));
            } finally {
                stream.dispose();
            }
        }
    }

    private static JsonNode parse(ObjectMapper json, Event<String> e) {
        try {
            return json.readTree(e.getData());
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void await(List<JsonNode> seen, Predicate<JsonNode> wanted) throws InterruptedException {
        await(seen, 0, wanted);
    }

    /** Waits for an event at index {@code from} or later that is {@code wanted}. */
    private static void await(List<JsonNode> seen, int from, Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (seen.subList(from, seen.size()).stream().anyMatch(wanted)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such event; seen: " + seen);
    }

    private static EmbeddedServer start(Databases.PostgresSchema schema, LineStandIn line) {
        Map<String, Object> p = new HashMap<>(StaffTestProperties.with(schema.url(), Databases.PG_USER));
        p.put("line.api-base-url", line.baseUrl());
        p.put("hotline.console.live.poll-interval", "200ms");
        return ApplicationContext.run(EmbeddedServer.class, p, "test");
    }
}
