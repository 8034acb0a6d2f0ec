package th.sso.hotline.staff.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import mockwebserver3.RecordedRequest;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatOutcome;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Conversation;
import th.sso.hotline.conversation.ConversationRepository;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.conversation.HandoffState;
import th.sso.hotline.privacy.PiiMaskerTest;
import th.sso.hotline.privacy.UserKeys;
import th.sso.hotline.staff.LineStandIn;
import th.sso.hotline.staff.StaffTestProperties;
import th.sso.hotline.audit.AuditLog;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import th.sso.hotline.conversation.HandoffRepository;

/**
 * The citizen's side of handoff and erasure through the real pipeline (ChatService, and LINE's webhook for
 * the erasure postback), with a local LINE API stand-in. Office hours are set to a day that is not today, so
 * the closed-hours notice is given.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoffAndErasureFlowTest implements TestPropertyProvider {

    static final String LINE_USER = "U1234567890abcdef1234567890abcdef";

    final LineStandIn line = new LineStandIn();

    @Inject ChatService chat;
    @Inject AgentDesk desk;
    @Inject HandoffTimeouts timeouts;
    @Inject ConversationRepository conversations;
    @Inject HandoffRepository handoffs;
    @Inject UserKeys userKeys;
    @Inject AuditLog audit;
    @Inject Jdbi jdbi;
    @Inject @Client("/") HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = StaffTestProperties.h2();
        p.put("line.api-base-url", line.baseUrl());
        DayOfWeek notToday = LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).getDayOfWeek().plus(3);
        p.put("hotline.handoff.office-hours-days", notToday.name());
        return p;
    }

    @AfterAll
    void stop() {
        line.close();
    }

    @Test
    void askingForStaffQueuesTheChatAgentRepliesByPushAndReleaseForgetsTheLineUser() throws Exception {
        Exchange citizen = new Exchange(Channel.LINE, LINE_USER, "evt-" + UUID.randomUUID());
        chat.ask(citizen, "ตกงานได้เงินไหม", Optional.empty());
        ChatOutcome asked = chat.ask(citizen, "ขอคุยกับเจ้าหน้าที่", Optional.empty());

        assertThat(asked.reply().handoff()).isTrue();
        assertThat(asked.reply().messages()).hasSize(2);
        assertThat(asked.reply().messages().get(1).toString()).contains("1506");
        Conversation conv = conversations.find(asked.conversationId()).orElseThrow();
        assertThat(conv.handoffState()).isEqualTo(HandoffState.QUEUED);
        assertThat(conv.handoffSummary()).contains("ตกงานได้เงินไหม").contains("ขอคุยกับเจ้าหน้าที่");
        String ref = handoffs.lineUserRef(conv.id()).orElseThrow();
        assertThat(ref).doesNotContain(LINE_USER);
        assertThat(storedAnywhere(LINE_USER)).isFalse();

        assertThat(desk.take(conv.id(), "agent1")).isEqualTo(AgentDesk.Outcome.DONE);
        assertThat(desk.take(conv.id(), "agent2")).isEqualTo(AgentDesk.Outcome.HELD_BY_OTHER);
        ChatOutcome silent = chat.ask(citizen, "รอนานไหมคะ", Optional.empty());
        assertThat(silent.reply()).isNull();

        line.clear();
        assertThat(desk.reply(conv.id(), "agent2", "x")).isEqualTo(AgentDesk.Outcome.NOT_HELD);
        assertThat(desk.reply(conv.id(), "agent1", "สวัสดีค่ะ เจ้าหน้าที่รับเรื่องแล้ว")).isEqualTo(AgentDesk.Outcome.DONE);
        RecordedRequest push = line.next("/v2/bot/message/push", 10);
        assertThat(push).isNotNull();
        assertThat(push.getHeaders().get("X-Line-Retry-Key")).isNotBlank();
        JsonNode body = new ObjectMapper().readTree(push.getBody().utf8());
        assertThat(body.path("to").asText()).isEqualTo(LINE_USER);
        assertThat(body.path("messages").get(0).path("text").asText()).isEqualTo("สวัสดีค่ะ เจ้าหน้าที่รับเรื่องแล้ว");
        List<String> deliveries = jdbi.withHandle(h -> h.createQuery(
                        "select delivery from turn where conversation_id = :c and kind = 'agent' and agent = 'agent1'")
                .bind("c", conv.id()).mapTo(String.class).list());
        assertThat(deliveries).containsExactly("sent");

        // A reply holding a long run of digits (it overflowed the old masker after the push) leaves its turn
        // and its audit record, masked.
        line.clear();
        String digits = "9".repeat(3000);
        assertThat(desk.reply(conv.id(), "agent1", "เลขอ้างอิง " + digits)).isEqualTo(AgentDesk.Outcome.DONE);
        assertThat(line.next("/v2/bot/message/push", 10)).isNotNull();
        List<String> agentTurns = jdbi.withHandle(h -> h.createQuery(
                        "select reply_text from turn where conversation_id = :c and kind = 'agent' order by id")
                .bind("c", conv.id()).mapTo(String.class).list());
        assertThat(agentTurns).hasSize(2);
        assertThat(agentTurns.get(1)).contains(th.sso.hotline.privacy.PiiMasker.ACCOUNT).doesNotContain("99999");
        long audited = jdbi.withHandle(h -> h.createQuery(
                        "select count(*) from audit_log where action = 'handoff.reply' and target = :t")
                .bind("t", "conversation:" + conv.id()).mapTo(Long.class).one());
        assertThat(audited).isEqualTo(2);

        assertThat(desk.release(conv.id(), "agent1", "done")).isEqualTo(AgentDesk.Outcome.DONE);
        assertThat(handoffs.lineUserRef(conv.id())).isEmpty();
        assertThat(conversations.find(conv.id()).orElseThrow().handoffState()).isEqualTo(HandoffState.BOT);
        assertThat(chat.ask(citizen, "ตกงานได้เงินไหม", Optional.empty()).reply()).isNotNull();
        assertThat(audit.page(null, 0, 20)).extracting(e -> e.action())
                .contains("handoff.take", "handoff.reply", "handoff.release");
    }

    @Test
    void anIdleHeldChatGoesBackToTheBot() {
        Exchange citizen = new Exchange(Channel.LINE, "U-idle-" + UUID.randomUUID(), null);
        long id = chat.ask(citizen, "ขอคุยกับเจ้าหน้าที่", Optional.empty()).conversationId();
        desk.take(id, "agent1");
        assertThat(timeouts.releaseIdle(Instant.now())).isZero();
        assertThat(timeouts.releaseIdle(Instant.now().plus(Duration.ofMinutes(31)))).isEqualTo(1);
        assertThat(conversations.find(id).orElseThrow().handoffState()).isEqualTo(HandoffState.BOT);
        assertThat(handoffs.lineUserRef(id)).isEmpty();
        assertThat(audit.page("handoff.release", 0, 5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(AuditLog.SYSTEM);
            assertThat(e.detail()).isEqualTo("idle");
        });
    }

    @Test
    void nothingValidLeaksIntoTheDatabase() {
        Random random = new Random(7);
        Exchange citizen = new Exchange(Channel.API, "leak-check-" + UUID.randomUUID(), null);
        String id = PiiMaskerTest.validNationalId(random);
        String dashed = id.charAt(0) + "-" + id.substring(1, 5) + "-" + id.substring(5, 10) + "-" + id.substring(10, 12)
                + "-" + id.charAt(12);
        List<String> secrets = List.of(id, "0812345678", "021234567", "somchai@example.co.th", "1234567890");
        chat.ask(citizen, "เลขบัตร " + dashed + " โทร 081-234-5678 หรือ +66 2 123 4567 เมล somchai@example.co.th "
                + "บัญชี 123-4-56789-0 ตกงานได้เงินไหม", Optional.empty());
        for (String secret : secrets) {
            assertThat(storedAnywhere(secret)).as(secret).isFalse();
        }
    }

    @Test
    void deleteMyDataOverLineIsConfirmedThenErasesEverythingOfThatUser() throws Exception {
        String user = "U-erase-" + UUID.randomUUID().toString().replace("-", "");
        String key = userKeys.keyFor(Channel.LINE.code(), user);
        line.clear();
        callback(textEvent(user, "ตกงานได้เงินไหม"));
        assertThat(line.next("/v2/bot/message/reply", 10)).isNotNull();
        callback(textEvent(user, "ลบข้อมูลของฉัน"));
        RecordedRequest confirm = line.next("/v2/bot/message/reply", 10);
        assertThat(confirm.getBody().utf8()).contains("erase=confirm").contains("erase=cancel");
        assertThat(conversationsOf(key)).isEqualTo(1);

        callback(postbackEvent(user, "erase=confirm"));
        RecordedRequest done = line.next("/v2/bot/message/reply", 10);
        assertThat(done.getBody().utf8()).contains("ลบข้อมูลการสนทนาของคุณเรียบร้อยแล้ว");
        assertThat(conversationsOf(key)).isZero();
        assertThat(audit.page("erasure.citizen", 0, 5)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(AuditLog.CITIZEN);
            assertThat(e.detail()).matches("conversations=1 turns=\\d+");
            assertThat(e.target() + e.detail()).doesNotContain(user).doesNotContain(key);
        });
    }

    private int conversationsOf(String key) {
        Integer n = jdbi.withHandle(h -> h.createQuery("select count(*) from conversation where user_key = :k")
                .bind("k", key).mapTo(Integer.class).one());
        return n;
    }

    /** Whether the text appears in any column of the tables that hold conversations, turns, events or the audit. */
    private boolean storedAnywhere(String text) {
        String like = "%" + text + "%";
        Integer n = jdbi.withHandle(h -> h.createQuery("""
                select (select count(*) from turn where question like :l or reply_text like :l or explanation like :l)
                     + (select count(*) from conversation where handoff_summary like :l or line_user_ref like :l
                          or user_key like :l)
                     + (select count(*) from audit_log where coalesce(target, '') || coalesce(detail, '') like :l)""")
                .bind("l", like).mapTo(Integer.class).one());
        return n > 0;
    }

    private void callback(String event) throws Exception {
        String body = "{\"destination\":\"Ubot\",\"events\":[" + event + "]}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("staff-test-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        client.toBlocking().exchange(HttpRequest.POST("/callback", body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("X-Line-Signature", signature));
    }

    private static String textEvent(String user, String text) {
        return "{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":" + System.currentTimeMillis()
                + ",\"source\":{\"type\":\"user\",\"userId\":\"" + user + "\"},\"webhookEventId\":\"" + UUID.randomUUID()
                + "\",\"deliveryContext\":{\"isRedelivery\":false},\"replyToken\":\"rt-" + UUID.randomUUID()
                + "\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"quoteToken\":\"q\",\"text\":\"" + text + "\"}}";
    }

    private static String postbackEvent(String user, String data) {
        return "{\"type\":\"postback\",\"mode\":\"active\",\"timestamp\":" + System.currentTimeMillis()
                + ",\"source\":{\"type\":\"user\",\"userId\":\"" + user + "\"},\"webhookEventId\":\"" + UUID.randomUUID()
                + "\",\"deliveryContext\":{\"isRedelivery\":false},\"replyToken\":\"rt-" + UUID.randomUUID()
                + "\",\"postback\":{\"data\":\"" + data + "\"}}";
    }
}
