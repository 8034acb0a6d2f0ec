package th.sso.hotline.line;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import th.sso.hotline.support.LineApiStub;
import th.sso.hotline.support.Webhooks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook under attack and under faults: poison events, forged headers, a database that goes away. */
@MicronautTest(environments = "test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileWebhookTest implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private final LineApiStub line = new LineApiStub();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @Inject
    EmbeddedServer server;

    @Inject
    Jdbi jdbi;

    @Inject
    th.sso.hotline.staff.deliveries.DeliveryProblems deliveryProblems;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("line.api-base-url", line.baseUrl(), "line.loading-indicator-after", "10s",
                "line.max-attempts", "3");
    }

    @BeforeEach
    void start() {
        line.reset();
        logs.list.clear();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void stopLogs() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    @AfterAll
    void stopStub() {
        line.close();
    }

    /** Raw HTTP, so that header bytes outside ASCII reach the server as sent. */
    private String rawPost(byte[] body, byte[] signatureHeaderValue) throws Exception {
        return rawPost(body, signatureHeaderValue, "");
    }

    private String rawPost(byte[] body, byte[] signatureHeaderValue, String extraHeaders) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.write(("POST /callback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + extraHeaders + "Content-Length: " + body.length + "\r\nX-Line-Signature: ").getBytes(StandardCharsets.US_ASCII));
            head.write(signatureHeaderValue);
            head.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(head.toByteArray());
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int status(String rawResponse) {
        return Integer.parseInt(rawResponse.substring(9, 12));
    }

    private String post(byte[] body) throws Exception {
        return rawPost(body, Webhooks.sign(Webhooks.SECRET, body).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void malformedSignaturesAreRefusedWith401AndNoLogLine() throws Exception {
        byte[] body = Webhooks.body(Webhooks.text("Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa01", "สวัสดี"));
        List<byte[]> headers = List.of("!!!not-base64!!!".getBytes(StandardCharsets.US_ASCII),
                "ลายเซ็น".getBytes(StandardCharsets.UTF_8),
                new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'a', 'b'},
                "AAAA".getBytes(StandardCharsets.US_ASCII),
                "=".repeat(300).getBytes(StandardCharsets.US_ASCII));
        for (byte[] header : headers) {
            String response = rawPost(body, header);
            assertThat(status(response)).as(new String(header, StandardCharsets.ISO_8859_1)).isEqualTo(401);
        }
        assertThat(logs.list).as("no log line per refused request")
                .noneMatch(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN));
    }

    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    /**
     * Forged and signed requests in turn on one kept-alive connection: each forged one is refused (before routing,
     * by {@link SignatureGate}) with the controller's answer and headers, counted, and the signed ones after it are
     * still answered in order.
     */
    @Test
    void forgedAndSignedRequestsShareAConnectionAndForgedOnesAreCounted() throws Exception {
        double before = meters.counter("hotline.webhook.rejected", "reason", "signature").count();
        byte[] body = Webhooks.body();
        String signed = Webhooks.sign(Webhooks.SECRET, body);
        StringBuilder requests = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            for (String signature : List.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", signed)) {
                requests.append("POST /callback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n")
                        .append("Content-Length: ").append(body.length).append("\r\nX-Line-Signature: ").append(signature)
                        .append("\r\n\r\n").append(new String(body, StandardCharsets.UTF_8));
            }
        }
        requests.append("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        String responses;
        try (Socket s = new Socket("127.0.0.1", server.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(requests.toString().getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            responses = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statuses = java.util.regex.Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(responses).results()
                .map(m -> m.group(1)).toList();
        // The last answer is /health's, there only to close the connection (503 while another test's outage lingers).
        assertThat(statuses).hasSize(7);
        assertThat(statuses.subList(0, 6)).containsExactly("401", "200", "401", "200", "401", "200");
        assertThat(responses).contains("missing or invalid X-Line-Signature").contains("X-Frame-Options: DENY")
                .contains("Content-Security-Policy");
        assertThat(meters.counter("hotline.webhook.rejected", "reason", "signature").count() - before).isEqualTo(3);
    }

    /**
     * A forwarded request passes the gate and is refused by the controller: both refusals are the same
     * problem+json body with the same hardening headers, so a client cannot tell which layer answered.
     */
    @Test
    void theGateAndTheControllerRefuseAForgedRequestAlike() throws Exception {
        byte[] body = Webhooks.body();
        byte[] forged = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=".getBytes(StandardCharsets.US_ASCII);
        String byGate = rawPost(body, forged);
        String byController = rawPost(body, forged, "X-Forwarded-Proto: http\r\n");
        for (String response : List.of(byGate, byController)) {
            assertThat(status(response)).isEqualTo(401);
            assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
            assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
            com.fasterxml.jackson.databind.JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertThat(problem.path("status").asInt()).isEqualTo(401);
            assertThat(problem.path("title").asText()).isEqualTo("Unauthorized");
            assertThat(problem.path("detail").asText()).isEqualTo("missing or invalid X-Line-Signature");
        }
        assertThat(header(byGate, "Content-Security-Policy")).isEqualTo(header(byController, "Content-Security-Policy"));
    }

    private static String header(String rawResponse, String name) {
        for (String line : rawResponse.substring(0, rawResponse.indexOf("\r\n\r\n")).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    @Test
    void aPoisonEventIsGivenUpAfterCappedAttemptsAndTheWorkersLiveOn() throws Exception {
        String id = "poison" + System.nanoTime();
        jdbi.useHandle(h -> h.createUpdate("""
                insert into webhook_event(event_id, event_type, received_at, event_time, redelivery, deliveries, payload,
                  status, attempts) values(:id, 'message', :t, :t, false, 1, '{"type":"message",[[[', 'PENDING', 0)""")
                .bind("id", id).bind("t", Instant.now().minusSeconds(10)).execute());

        Map<String, Object> row = awaitRow(id, r -> "FAILED".equals(r.get("status")));
        assertThat((String) row.get("note")).startsWith("poison");
        assertThat(row.get("payload")).isNull();
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(3);  // three tries, the third gives up
        Thread.sleep(2500);
        assertThat(awaitRow(id, r -> true).get("attempts")).as("never claimed again").isEqualTo(row.get("attempts"));
        assertThat(deliveryProblems.since(Instant.now().minusSeconds(3600), 0, 500))
                .as("staff see the poison event on the delivery problems page")
                .anySatisfy(p -> {
                    assertThat(p.eventId()).isEqualTo(id.substring(0, 10) + "…");
                    assertThat(p.status()).isEqualTo("FAILED");
                    assertThat(p.reason()).startsWith("poison");
                });

        // The same workers still answer the next event.
        ObjectNode ok = Webhooks.text("Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa02", "ทำฟันเบิกได้เท่าไหร่");
        assertThat(status(post(Webhooks.body(ok)))).isEqualTo(200);
        line.await(c -> line.replies().size() == 1, WAIT);
        assertThat(Thread.getAllStackTraces().keySet()).anyMatch(t -> t.getName().startsWith("line-worker-") && t.isAlive());
    }

    @Test
    void theRawPayloadIsEncryptedWhileTheEventWaits() throws Exception {
        line.failNext(500, 500, 500, 500, 500, 500);
        String user = "Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa03";
        ObjectNode event = Webhooks.text(user, "บัตร 1101700230708 ว่างงานได้เท่าไหร่");
        String id = event.get("webhookEventId").asText();
        assertThat(status(post(Webhooks.body(event)))).isEqualTo(200);

        String stored = jdbi.withHandle(h -> h.createQuery("select payload from webhook_event where event_id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertThat(stored).startsWith("g1:").doesNotContain(user).doesNotContain("1101700230708").doesNotContain("ว่างงาน");
        line.await(c -> line.replies().size() == 1, WAIT);
        awaitRow(id, r -> "DONE".equals(r.get("status")));
    }

    @Test
    void databaseDownMeansA503WithRetryAfterAndNothingPersonalLoggedThenItResumes() throws Exception {
        String user = "Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa04";
        ObjectNode event = Webhooks.text(user, "โทร 0812345678 ลาคลอดได้เงินเท่าไหร่");
        byte[] body = Webhooks.body(event);
        jdbi.useHandle(h -> h.execute("alter table webhook_event rename to webhook_event_away"));
        String response;
        long took;
        try {
            long t0 = System.nanoTime();
            response = post(body);
            took = (System.nanoTime() - t0) / 1_000_000;
        } finally {
            jdbi.useHandle(h -> h.execute("alter table webhook_event_away rename to webhook_event"));
        }
        assertThat(status(response)).isEqualTo(503);
        assertThat(response.toLowerCase()).contains("retry-after: 5");
        assertThat(took).isLessThan(5000);
        assertThat(logs.list).noneMatch(e -> e.getFormattedMessage().contains(user)
                || e.getFormattedMessage().contains("0812345678")
                || (e.getThrowableProxy() != null && String.valueOf(e.getThrowableProxy().getMessage()).contains(user)));

        // LINE redelivers; the database is back.
        assertThat(status(post(body))).isEqualTo(200);
        line.await(c -> line.replies().size() == 1, WAIT);
    }

    @Test
    void aTransientDatabaseErrorWhileHandlingIsRetriedNotFailed() throws Exception {
        ObjectNode event = Webhooks.text("Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa05", "เงินสงเคราะห์บุตรได้เดือนละเท่าไหร่");
        String id = event.get("webhookEventId").asText();
        jdbi.useHandle(h -> h.execute("alter table conversation rename to conversation_away"));
        try {
            assertThat(status(post(Webhooks.body(event)))).isEqualTo(200);
            Map<String, Object> row = awaitRow(id, r -> r.get("note") != null || !"PENDING".equals(r.get("status"))
                    && !"PROCESSING".equals(r.get("status")));
            assertThat(row.get("status")).isNotEqualTo("FAILED");
            Thread.sleep(1500);
        } finally {
            jdbi.useHandle(h -> h.execute("alter table conversation_away rename to conversation"));
        }
        line.await(c -> line.replies().size() == 1, WAIT);
        awaitRow(id, r -> "DONE".equals(r.get("status")));
        assertThat(logs.list).noneMatch(e -> e.getFormattedMessage().contains("Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa05"));
    }

    @Test
    void databaseErrorsNeverRenderBoundValues() {
        assertThat(jdbi.getConfig(StatementExceptions.class).getMessageRendering())
                .isEqualTo(StatementExceptions.MessageRendering.NONE);
        String secret = "Usecret-user-id-0812345678";
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> jdbi.useHandle(h ->
                h.createQuery("select * from no_such_table where x = :v").bind("v", secret).mapToMap().list()));
        assertThat(t).isNotNull();
        assertThat(t.getMessage()).doesNotContain(secret);
    }

    private Map<String, Object> awaitRow(String id, java.util.function.Predicate<Map<String, Object>> done) {
        long end = System.currentTimeMillis() + WAIT.toMillis();
        Map<String, Object> row = null;
        while (System.currentTimeMillis() < end) {
            row = jdbi.withHandle(h -> h.createQuery(
                            "select status, note, payload, attempts from webhook_event where event_id = :id")
                    .bind("id", id).mapToMap().findOne().orElse(null));
            if (row != null && done.test(row)) {
                return row;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("row " + id + " never reached the expected state: " + row);
    }
}
