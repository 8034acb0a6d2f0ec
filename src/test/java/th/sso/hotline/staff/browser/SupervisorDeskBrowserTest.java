package th.sso.hotline.staff.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import th.sso.hotline.audit.AuditLog;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.conversation.Turn;
import th.sso.hotline.conversation.TurnRepository;
import th.sso.hotline.staff.LineStandIn;
import th.sso.hotline.staff.PasswordHasher;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.StaffAccounts;
import th.sso.hotline.staff.StaffTestProperties;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor's desk in two headless Chromium windows: two agents watch the staff queue while a citizen asks for a
 * person and writes again, and both see it without a reload (the server-sent events); one takes the chat (the
 * citizen is told), answers with a canned reply from the composer under the newest message and releases it (the
 * citizen is told), the other dismisses an API chat; then the training inbox, a contradictory review, accounts
 * (unlock, a confirmed reset, the own password) and the audit filter. Screenshots at 1366×900 and 390×844.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorDeskBrowserTest implements TestPropertyProvider {

    static final String CITIZEN = "Udesk00000000000000000000000000001";
    static final String AGENT = "kanda";
    static final String AGENT_PASSWORD = "kanda-password-1";

    final LineStandIn line = new LineStandIn();
    final ObjectMapper json = new ObjectMapper();

    @Inject EmbeddedServer server;
    @Inject ChatService chat;
    @Inject TurnRepository turns;
    @Inject StaffAccounts accounts;
    @Inject PasswordHasher hasher;
    @Inject AuditLog audit;

    Browser a;
    Browser b;
    long api;
    long inboxConversation;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = StaffTestProperties.browser(line.baseUrl());
        p.put("hotline.console.live.poll-interval", "300ms");
        return p;
    }

    @BeforeAll
    void start() throws Exception {
        accounts.create(AGENT, hasher.hash(AGENT_PASSWORD), Role.AGENT);
        accounts.create("locked-out", hasher.hash("locked-out-password"), Role.VIEWER);
        for (int i = 0; i < 3; i++) {
            accounts.recordFailure("locked-out", 3, Instant.now(), Instant.now().plusSeconds(900));
        }
        api = chat.ask(new Exchange(Channel.API, "eval-desk", null), "ขอคุยกับเจ้าหน้าที่", Optional.empty())
                .conversationId();
        inboxConversation = chat.ask(new Exchange(Channel.LINE, "Uinbox000000000000000000000000001", null),
                "ตกงานได้เงินไหม", Optional.empty()).conversationId();
        gap("prakan sangkhom jai kha waen ta mai");
        gap("Pragan sungkom chai ka wan ta mai?");
        gap("prakansangkhom jaai khaa waenta mai");
        gap("ขอให้โทรกลับที่ [phone] เรื่องเงินคลอดบุตรค่ะ");
        insert("สามีเบิกแทนได้ไหม", null, 0.38, false, "ประกาศเรื่องอื่นที่ไม่เกี่ยวข้อง");
        insert("หวยงวดนี้ออกอะไร", "out_of_scope", 0.91, true, "เรื่องนี้สอบถามหน่วยงานอื่น");
        insert("หวยงวดนี้ออกอะไรคะ", "out_of_scope", 0.88, true, "เรื่องนี้สอบถามหน่วยงานอื่น");
        a = new Browser(server.getURL().toString());
        b = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (a != null) {
                a.close();
            }
        } finally {
            if (b != null) {
                b.close();
            }
            line.close();
        }
    }

    @Test
    void aSupervisorsDayAtTheDesk() throws Exception {
        logIn(a, "admin", StaffTestProperties.ADMIN_PASSWORD);
        logIn(b, AGENT, AGENT_PASSWORD);
        long citizen = twoAgentsSeeTheQueueLive();
        takeReplyWithACannedReplyAndRelease(citizen);
        editCannedReplies();
        trainingInbox();
        contradictoryReviewIsRefused();
        ownPassword();
        accountsAndAudit();
    }

    private long twoAgentsSeeTheQueueLive() throws Exception {
        a.open("/console/handoffs");
        b.open("/console/handoffs");
        a.waitForText("#live-status", "อัปเดตสด");
        b.waitForText("#live-status", "อัปเดตสด");
        markPage(a);
        markPage(b);

        long citizen = chat.ask(new Exchange(Channel.LINE, CITIZEN, null), "ขอคุยกับเจ้าหน้าที่", Optional.empty())
                .conversationId();
        String row = "#queue tr[data-conversation='" + citizen + "']";
        a.find(row);
        b.find(row);
        assertThat(b.text(row + " .waiting")).contains("รอ").contains("นาที");
        b.waitForText("#queue-badge", "2");
        assertThat(notReloaded(a)).as("agent A's queue updated without a reload").isTrue();
        assertThat(notReloaded(b)).as("agent B's queue updated without a reload").isTrue();
        shoot(b, "desk-01-queue-live");

        b.clickAndWaitForNewPage("#queue tr[data-conversation='" + api + "'] .dismiss");
        assertThat(b.driver.findElements(By.cssSelector("#queue tr[data-conversation='" + api + "']"))).isEmpty();
        waitUntilGone(a, "#queue tr[data-conversation='" + api + "']");
        assertThat(notReloaded(a)).isTrue();
        markPage(b);
        return citizen;
    }

    private void takeReplyWithACannedReplyAndRelease(long citizen) throws Exception {
        a.click("#queue tr[data-conversation='" + citizen + "'] a");
        a.waitForText("#transcript-title", String.valueOf(citizen));
        line.clear();
        a.clickAndWaitForNewPage("#take");
        a.waitForText("#handoff-state", "เจ้าหน้าที่ดูแลอยู่");
        assertThat(pushedText()).as("the citizen is told an officer joined").contains("เจ้าหน้าที่ประกันสังคมเข้ามาดูแล");
        b.waitForText("#queue tr[data-conversation='" + citizen + "'] .agent", "admin");
        assertThat(notReloaded(b)).as("agent B sees the take without a reload").isTrue();

        markPage(a);
        chat.ask(new Exchange(Channel.LINE, CITIZEN, null), "ส่งเอกสารเพิ่มเติมทางไหนคะ", Optional.empty());
        a.waitForText("#turns", "ส่งเอกสารเพิ่มเติมทางไหนคะ");
        assertThat(notReloaded(a)).as("the open transcript grew without a reload").isTrue();
        b.waitForText("#queue tr[data-conversation='" + citizen + "'] .unread", "1");
        assertThat(a.script("""
                const cards = document.querySelectorAll('#turns > .turn-card');
                return document.getElementById('reply').getBoundingClientRect().top
                    > cards[cards.length - 1].getBoundingClientRect().top;""")).as("composer under the newest turn")
                .isEqualTo(true);
        shoot(a, "desk-02-transcript-live");

        new Select(a.find("#canned")).selectByVisibleText("รับเรื่อง (th)");
        assertThat(a.find("#reply-text").getDomProperty("value")).startsWith("สวัสดีค่ะ เจ้าหน้าที่สำนักงานประกันสังคมรับเรื่อง");
        line.clear();
        a.clickAndWaitForNewPage("#send-reply");
        assertThat(pushedText()).contains("ขอเวลาตรวจสอบข้อมูลสักครู่");
        waitUntilGone(b, "#queue tr[data-conversation='" + citizen + "'] .unread");
        line.clear();
        a.clickAndWaitForNewPage("#release");
        a.waitForText("#handoff-state", "บอทตอบ");
        assertThat(pushedText()).as("the citizen is told the bot answers again").contains("ผู้ช่วยอัตโนมัติ");
        waitUntilGone(b, "#queue tr[data-conversation='" + citizen + "']");
        assertThat(notReloaded(b)).isTrue();
    }

    private void editCannedReplies() throws Exception {
        b.open("/console/replies");
        b.type("#canned-title", "เอกสารเพิ่มเติม");
        b.type("#canned-body", "ส่งเอกสารเพิ่มเติมได้ที่สำนักงานประกันสังคมที่ท่านยื่นเรื่องไว้ค่ะ");
        b.clickAndWaitForNewPage("#add-canned-submit");
        assertThat(b.text("#notice")).isEqualTo("บันทึกข้อความแล้ว");
        assertThat(b.driver.findElements(By.cssSelector("#replies textarea"))).extracting(e -> e.getDomProperty("value"))
                .contains("ส่งเอกสารเพิ่มเติมได้ที่สำนักงานประกันสังคมที่ท่านยื่นเรื่องไว้ค่ะ");
        shoot(b, "desk-03-canned-replies");
    }

    private void trainingInbox() throws Exception {
        a.open("/console/unanswered");
        String romanised = "//section[@id='inbox-gap']//tr[contains(@class,'inbox-group')][.//td[contains(.,'prakan sangkhom')]]";
        assertThat(a.driver.findElement(By.xpath(romanised + "//span[contains(@class,'group-size')]")).getText()).isEqualTo("3");
        assertThat(a.text("#inbox-low")).contains("สามีเบิกแทนได้ไหม").contains("0.38");
        assertThat(a.text("#inbox-refusal")).contains("หวยงวดนี้ออกอะไร");
        assertThat(a.text("#inbox-gap")).doesNotContain("หวยงวดนี้");
        shoot(a, "desk-04-training-inbox");

        new Select(a.driver.findElement(By.xpath(romanised + "//select[@name='intent']"))).selectByValue("maternity");
        a.click(a.driver.findElement(By.xpath(romanised + "//button[contains(@class,'assign')]")));
        a.waitForText("#inbox-notice", "บันทึกหัวข้อให้ทั้งกลุ่มแล้ว");
        assertThat(a.text("#inbox-gap")).doesNotContain("prakan sangkhom");
        String phone = "//section[@id='inbox-gap']//tr[contains(@class,'inbox-group')][.//td[contains(.,'[phone]')]]";
        new Select(a.driver.findElement(By.xpath(phone + "//select[@name='intent']"))).selectByValue("maternity");
        a.click(a.driver.findElement(By.xpath(phone + "//button[contains(@class,'assign')]")));
        a.waitForText("#inbox-notice", "บันทึกหัวข้อให้ทั้งกลุ่มแล้ว");
        assertThat(a.text("#personal-left-out")).contains("1");
        a.click(a.driver.findElement(By.xpath("//section[@id='inbox-refusal']//button[contains(@class,'fine')]")));
        a.waitForText("#inbox-notice", "ใช้ได้ทั้งกลุ่ม");
        assertThat(a.driver.findElements(By.cssSelector("#inbox-refusal tr.inbox-group"))).isEmpty();

        a.click("#unreviewed-only");
        a.clickAndWaitForNewPage("#inbox-apply");
        assertThat(a.driver.getCurrentUrl()).contains("show=all");
        assertThat(a.driver.findElement(By.xpath(romanised + "//div[contains(@class,'reviewed-count')]")).getText())
                .isEqualTo("ตรวจแล้ว 3 จาก 3");
        Map<?, ?> yaml = download(a, a.find("#export-yaml").getAttribute("href"));
        assertThat(yaml.get("text").toString()).contains("prakan sangkhom jai kha waen ta mai")
                .contains("# Left out: 1 reviewed question(s) that held personal data").doesNotContain("โทรกลับที่");
        Map<?, ?> csv = download(a, "/console/export/turns.csv?channel=line");
        assertThat(csv.get("text").toString()).contains("reviewer,review_note").doesNotContain(CITIZEN);
    }

    private void contradictoryReviewIsRefused() throws Exception {
        a.open("/console/conversations/" + inboxConversation);
        a.script("document.querySelectorAll('details.review').forEach(d => d.open = true);");
        String card = "//article[contains(@class,'turn-card')][.//pre[contains(.,'ตกงานได้เงินไหม')]]";
        a.click(a.driver.findElement(By.xpath(card + "//input[@value='right']")));
        new Select(a.driver.findElement(By.xpath(card + "//select[@name='correctIntent']"))).selectByValue("maternity");
        a.click(a.driver.findElement(By.xpath(card + "//button[@type='submit']")));
        a.waitForText("#notice", "ไม่ได้บันทึก");
        assertThat(a.driver.findElements(By.xpath(card + "//*[contains(@class,'review-state')]"))).isEmpty();
        assertThat(audit.page("review", 0, 10)).isEmpty();
    }

    private void ownPassword() throws Exception {
        b.clickAndWaitForNewPage("#own-password");
        b.type("#current", AGENT_PASSWORD);
        b.type("#password", "kanda-new-password-2");
        b.type("#repeat", "kanda-new-password-2");
        b.clickAndWaitForNewPage("#save-password");
        assertThat(b.driver.getCurrentUrl()).endsWith("/console");
        assertThat(audit.page("account.password.own", 0, 5)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(AGENT));
    }

    private void accountsAndAudit() throws Exception {
        a.open("/console/accounts");
        String locked = "#accounts tr[data-account='locked-out']";
        a.clickAndWaitForNewPage(locked + " .unlock");
        assertThat(a.text(".alert-success")).isEqualTo("ปลดล็อกบัญชีแล้ว");
        assertThat(a.driver.findElements(By.cssSelector(locked + " .unlock"))).isEmpty();

        a.clickAndWaitForNewPage("#accounts tr[data-account='" + AGENT + "'] form[action$='/password'] button");
        assertThat(a.text("#confirm-reset")).contains(AGENT);
        assertThat(a.driver.findElements(By.cssSelector("#new-password"))).isEmpty();
        shoot(a, "desk-05-confirm-reset");
        a.clickAndWaitForNewPage("#confirm-reset-submit");
        assertThat(a.text("#new-password")).contains(AGENT);

        a.open("/console/audit");
        new Select(a.find("#audit-user")).selectByValue(AGENT);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).toString();
        a.script("document.getElementById('audit-from').value = arguments[0];"
                + "document.getElementById('audit-to').value = arguments[0];", today);
        a.clickAndWaitForNewPage("#audit-apply");
        String filtered = a.text("#audit");
        // Actions show by their Thai names (issue 14, item 3).
        assertThat(filtered).contains("ปิดคำขอที่ไม่ใช่แชต LINE").contains("เพิ่มข้อความสำเร็จรูป")
                .contains("รีเซ็ตรหัสผ่าน").doesNotContain("รับเรื่องแชต");
        shoot(a, "desk-06-audit-filtered");
        a.script("document.getElementById('audit-from').value = '2020-01-01';"
                + "document.getElementById('audit-to').value = '2020-01-02';");
        a.clickAndWaitForNewPage("#audit-apply");
        assertThat(a.driver.findElements(By.cssSelector("#audit"))).isEmpty();
    }

    private void logIn(Browser browser, String user, String password) {
        browser.open("/login");
        browser.type("#username", user);
        browser.type("#password", password);
        browser.click("#login-submit");
        try {
            browser.waitForUrlContaining("/console");
        } catch (RuntimeException e) {
            System.out.println("DEBUG url=" + browser.driver.getCurrentUrl() + " src=" + browser.driver.getPageSource());
            throw e;
        }
    }

    private static void markPage(Browser browser) {
        browser.script("window.__notReloaded = true;");
    }

    private static boolean notReloaded(Browser browser) {
        return Boolean.TRUE.equals(browser.script("return window.__notReloaded === true;"));
    }

    private static void waitUntilGone(Browser browser, String css) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (browser.driver.findElements(By.cssSelector(css)).isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(css + " is still there");
    }

    private String pushedText() throws Exception {
        RecordedRequest push = line.next("/v2/bot/message/push", 15);
        assertThat(push).as("a push reached the LINE stand-in").isNotNull();
        JsonNode body = json.readTree(push.getBody().utf8());
        assertThat(body.path("to").asText()).isEqualTo(CITIZEN);
        return body.path("messages").get(0).path("text").asText();
    }

    /** The page at a desktop's 1366×900 and a phone's 390×844. */
    private static void shoot(Browser browser, String name) throws Exception {
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
        browser.screenshot(name + "-1366");
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.screenshot(name + "-390");
        browser.driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    private void gap(String question) {
        insert(question, null, 0.12, true, "ขออภัย ยังตอบเรื่องนี้ไม่ได้");
    }

    private void insert(String question, String intent, double confidence, boolean fallback, String reply) {
        turns.insert(new Turn(null, inboxConversation, Instant.now(), "line", null, "text", question, reply, null,
                intent, confidence, fallback, false, "th", null, null, 10, th.sso.hotline.conversation.Delivery.SENT, null, null));
    }

    private static Map<?, ?> download(Browser browser, String href) {
        return (Map<?, ?>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  done({status: r.status, text: await r.text()});
                }).catch(e => done({status: 0, text: String(e)}));""", href);
    }
}
