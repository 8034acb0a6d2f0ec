package th.sso.hotline.line;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.support.LineApiStub;
import th.sso.hotline.support.Webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signed webhook requests against the running app, with a local stand-in for the LINE API. */
@MicronautTest(environments = "test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookEndToEndTest implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private final LineApiStub line = new LineApiStub();
    /** The service's clock in this test: the system's, shifted where a test says so. */
    private static final ShiftedClock CLOCK = new ShiftedClock();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    IntentCatalog catalog;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @Inject
    Jdbi jdbi;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("line.api-base-url", line.baseUrl(), "line.loading-indicator-after", "0ms",
                "test.clock", "shifted");
    }

    @BeforeEach
    void resetStub() {
        line.reset();
        CLOCK.shift = Duration.ZERO;
    }

    @AfterAll
    void stopStub() {
        line.close();
    }

    private int post(byte[] body, String signature) {
        var request = HttpRequest.POST("/callback", body).contentType(MediaType.APPLICATION_JSON_TYPE);
        if (signature != null) {
            request.header("X-Line-Signature", signature);
        }
        try {
            return http.toBlocking().exchange(request).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private int postSigned(ObjectNode... events) {
        byte[] body = Webhooks.body(events);
        return post(body, Webhooks.sign(Webhooks.SECRET, body));
    }

    @Test
    void thaiQuestionIsAnsweredOnceWithTheCuratedAnswer() {
        ObjectNode event = Webhooks.text("U1111111111111111111111111111111a", "ว่างงานได้เงินเท่าไหร่คะ");

        assertThat(postSigned(event)).isEqualTo(200);

        List<LineApiStub.Call> replies = line.await(c -> line.replies().size() == 1, WAIT);
        // DONE is written after the reply was sent: from then on no second reply can come for this event.
        awaitStatus(event.get("webhookEventId").asText(), "DONE");
        assertThat(line.replies()).hasSize(1);
        LineApiStub.Call reply = line.replies().get(0);
        assertThat(reply.replyToken()).isEqualTo(event.get("replyToken").asText());
        assertThat(reply.authorization()).isEqualTo("Bearer test-access-token");
        String expected = catalog.get("unemployment").answer().in(Language.TH);
        assertThat(reply.firstText()).startsWith(expected.lines().findFirst().orElseThrow());
        assertThat(replies).anyMatch(c -> c.path().equals("/v2/bot/chat/loading/start"));

        Map<String, Object> turn = jdbi.withHandle(h -> h.createQuery(
                "select t.intent, t.delivery, t.question, c.user_key from turn t join conversation c on c.id = t.conversation_id "
                        + "where t.event_id = :id").bind("id", event.get("webhookEventId").asText()).mapToMap().one());
        assertThat(turn).containsEntry("intent", "unemployment").containsEntry("delivery", "sent");
        assertThat((String) turn.get("user_key")).doesNotContain("U1111111111111111111111111111111a").hasSize(48);
    }

    @Test
    void redeliveredEventIsNotAnsweredAgain() {
        ObjectNode event = Webhooks.text("U2222222222222222222222222222222b", "สมัครมาตรา 40 ยังไง");

        assertThat(postSigned(event)).isEqualTo(200);
        line.await(c -> line.replies().size() == 1, WAIT);
        assertThat(postSigned(Webhooks.redeliveryOf(event))).isEqualTo(200);
        assertThat(postSigned(event)).isEqualTo(200);

        // Both copies were counted before their 200, and a DONE event is never claimed again.
        awaitStatus(event.get("webhookEventId").asText(), "DONE");
        assertThat(line.replies()).hasSize(1);
        int deliveries = jdbi.withHandle(h -> h.createQuery("select deliveries from webhook_event where event_id = :id")
                .bind("id", event.get("webhookEventId").asText()).mapTo(Integer.class).one());
        assertThat(deliveries).isEqualTo(3);
    }

    @Test
    void forgedOrMissingSignatureIsRefusedAndNothingIsStored() {
        ObjectNode event = Webhooks.text("U3333333333333333333333333333333c", "สวัสดี");
        byte[] body = Webhooks.body(event);

        assertThat(post(body, Webhooks.sign("not-the-secret", body))).isEqualTo(401);
        assertThat(post(body, null)).isEqualTo(401);
        assertThat(post(body, "")).isEqualTo(401);

        // Refused before anything is stored, so nothing can be processed later: no need to wait.
        assertThat(line.calls()).isEmpty();
        long stored = jdbi.withHandle(h -> h.createQuery("select count(*) from webhook_event where event_id = :id")
                .bind("id", event.get("webhookEventId").asText()).mapTo(Long.class).one());
        assertThat(stored).isZero();
    }

    @Test
    void malformedJsonWithAValidSignatureIsABadRequest() {
        byte[] junk = "{not json".getBytes();
        assertThat(post(junk, Webhooks.sign(Webhooks.SECRET, junk))).isEqualTo(400);
        byte[] noEvents = "{\"destination\":\"U\"}".getBytes();
        assertThat(post(noEvents, Webhooks.sign(Webhooks.SECRET, noEvents))).isEqualTo(400);
    }

    @Test
    void verificationCallWithNoEventsIsAcknowledged() {
        assertThat(postSigned()).isEqualTo(200);
    }

    @Test
    void bodyOverOneMegabyteIsRefusedWith413() throws Exception {
        ObjectNode event = Webhooks.text("U4444444444444444444444444444444d", "ก".repeat(1_100_000));
        byte[] body = Webhooks.body(event);
        // Sent the way a careful client sends a large body: the server refuses it before it is transferred.
        var request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/callback"))
                .expectContinue(true)
                .header("Content-Type", "application/json")
                .header("X-Line-Signature", Webhooks.sign(Webhooks.SECRET, body))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(line.calls()).isEmpty();
    }

    @Test
    void unknownEventTypeIsRecordedAndIgnored() {
        ObjectNode event = Webhooks.event("somethingNew", "U5555555555555555555555555555555e", System.currentTimeMillis());

        assertThat(postSigned(event)).isEqualTo(200);

        String id = event.get("webhookEventId").asText();
        awaitStatus(id, "IGNORED");
        // IGNORED is final and written instead of a reply.
        assertThat(line.calls()).isEmpty();
    }

    @Test
    void stickerGetsAFriendlyRequestForText() {
        assertThat(postSigned(Webhooks.sticker("U6666666666666666666666666666666f"))).isEqualTo(200);

        line.await(c -> line.replies().size() == 1, WAIT);
        assertThat(line.replies()).singleElement()
                .satisfies(r -> assertThat(r.firstText()).contains("ข้อความ").contains("1506"));
    }

    @Test
    void followIsWelcomedWithATopicMenuWithinLineLimits() {
        assertThat(postSigned(Webhooks.event("follow", "U7777777777777777777777777777777a", System.currentTimeMillis())))
                .isEqualTo(200);

        line.await(c -> line.replies().size() == 1, WAIT);
        var message = line.replies().get(0).body().path("messages").path(0);
        assertThat(message.path("text").asText()).contains("สวัสดี");
        var items = message.path("quickReply").path("items");
        assertThat(items.size()).isBetween(2, 13);
        items.forEach(i -> assertThat(i.path("action").path("label").asText().length()).isLessThanOrEqualTo(20));
    }

    @Test
    void quickReplyPostbackIsAnsweredAsTheQuestionItStandsFor() {
        assertThat(postSigned(Webhooks.postback("U8888888888888888888888888888888b", "intent=dental")))
                .isEqualTo(200);

        line.await(c -> line.replies().size() == 1, WAIT);
        String expected = catalog.get("dental").answer().in(Language.TH);
        assertThat(line.replies().get(0).firstText()).startsWith(expected.lines().findFirst().orElseThrow());
    }

    @Test
    void transientServerErrorIsRetriedAndTheReplyGetsThrough() {
        line.failNext(500, 429);
        ObjectNode event = Webhooks.text("U9999999999999999999999999999999c", "ทำฟันเบิกได้กี่บาท");

        assertThat(postSigned(event)).isEqualTo(200);

        line.await(c -> line.replies().size() == 1, WAIT);
        List<LineApiStub.Call> attempts = line.callsTo("/v2/bot/message/reply");
        assertThat(attempts).extracting(LineApiStub.Call::status).containsExactly(500, 429, 200);
        assertThat(attempts).allMatch(a -> a.replyToken().equals(event.get("replyToken").asText()));
        awaitStatus(event.get("webhookEventId").asText(), "DONE");
    }

    @Test
    void clientErrorIsNotRetriedAndItsReasonIsRecorded() {
        line.failNext(400);
        ObjectNode event = Webhooks.text("U0000000000000000000000000000000d", "เงินสงเคราะห์บุตรได้เดือนละเท่าไหร่");

        assertThat(postSigned(event)).isEqualTo(200);

        String id = event.get("webhookEventId").asText();
        awaitStatus(id, "FAILED");
        assertThat(line.callsTo("/v2/bot/message/reply")).hasSize(1);
        String delivery = jdbi.withHandle(h -> h.createQuery("select delivery || ' ' || delivery_error from turn where event_id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertThat(delivery).startsWith("failed 400");
    }

    @Test
    void eventWhoseReplyTokenExpiredIsMarkedUndeliveredNotAnswered() {
        ObjectNode event = Webhooks.text("U1212121212121212121212121212121e", "ลาคลอดได้เงินเท่าไหร่");
        event.put("timestamp", System.currentTimeMillis() - Duration.ofMinutes(5).toMillis());

        assertThat(postSigned(event)).isEqualTo(200);

        awaitStatus(event.get("webhookEventId").asText(), "UNDELIVERED");
        assertThat(line.replies()).isEmpty();
    }

    @Test
    void theReplyWindowIsMeasuredByTheInjectedClockNotTheSystemOne() {
        // Five minutes old by the system's clock, but the service's clock runs five minutes behind: answered.
        CLOCK.shift = Duration.ofMinutes(-5);
        ObjectNode late = Webhooks.text("U1515151515151515151515151515151b", "ลาคลอดได้เงินเท่าไหร่");
        late.put("timestamp", System.currentTimeMillis() - Duration.ofMinutes(5).toMillis());

        assertThat(postSigned(late)).isEqualTo(200);

        awaitStatus(late.get("webhookEventId").asText(), "DONE");
        assertThat(line.replies()).singleElement()
                .satisfies(r -> assertThat(r.replyToken()).isEqualTo(late.get("replyToken").asText()));

        // Just sent by the system's clock, but the service's clock is past its 50 s reply window: not answered.
        line.reset();
        CLOCK.shift = Duration.ofMinutes(1);
        ObjectNode fresh = Webhooks.text("U1616161616161616161616161616161c", "ลาคลอดได้เงินเท่าไหร่");

        assertThat(postSigned(fresh)).isEqualTo(200);

        awaitStatus(fresh.get("webhookEventId").asText(), "UNDELIVERED");
        assertThat(line.replies()).isEmpty();
    }

    @Test
    void groupMessagesAreAnsweredOnlyWhenTheBotIsMentioned() {
        ObjectNode plain = Webhooks.text("U1313131313131313131313131313131f", "ว่างงานได้เงินเท่าไหร่");
        plain.putObject("source").put("type", "group").put("groupId", "Cgroup1").put("userId", "U13");
        ObjectNode mentioned = Webhooks.text("U1414141414141414141414141414141a", "@SSO ว่างงานได้เงินเท่าไหร่");
        mentioned.putObject("source").put("type", "group").put("groupId", "Cgroup1").put("userId", "U14");
        ((ObjectNode) mentioned.get("message")).putObject("mention").putArray("mentionees").addObject()
                .put("index", 0).put("length", 4).put("type", "user").put("userId", "Ubot").put("isSelf", true);

        assertThat(postSigned(plain, mentioned)).isEqualTo(200);

        line.await(c -> line.replies().size() == 1, WAIT);
        awaitStatus(plain.get("webhookEventId").asText(), "IGNORED");
        awaitStatus(mentioned.get("webhookEventId").asText(), "DONE");
        assertThat(line.replies()).singleElement()
                .satisfies(r -> assertThat(r.replyToken()).isEqualTo(mentioned.get("replyToken").asText()));
    }

    @Test
    void apiStatusesForHostileRequestsAreClear() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/callback")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(405));
    }

    private void awaitStatus(String eventId, String status) {
        long end = System.currentTimeMillis() + WAIT.toMillis();
        String current = null;
        while (System.currentTimeMillis() < end) {
            current = jdbi.withHandle(h -> h.createQuery("select status from webhook_event where event_id = :id")
                    .bind("id", eventId).mapTo(String.class).findOne().orElse(null));
            if (status.equals(current)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(current).as("inbox status of " + eventId).isEqualTo(status);
    }

    /** Stands in for the service's clock in this test's application context only. */
    @Factory
    @Requires(property = "test.clock", value = "shifted")
    static class ShiftedClockFactory {
        @Singleton
        @Replaces(Clock.class)
        Clock clock() {
            return CLOCK;
        }
    }

    /** The system's time plus a shift a test may change; Thailand's zone, like the service's own clock. */
    static final class ShiftedClock extends Clock {
        volatile Duration shift = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Bangkok");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
