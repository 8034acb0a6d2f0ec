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
import org.openqa.selenium.support.ui.Select;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.staff.LineStandIn;
import th.sso.hotline.staff.StaffTestProperties;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's day on the real pages in headless Chromium: log in, read the dashboard, filter the
 * conversations, open a transcript, review an answer, export CSV and YAML, take over a waiting chat and reply
 * (the reply reaches the LINE stand-in as a push), release it, try the simulator, manage accounts, read the
 * audit log. Every page is saved under target/screenshots/.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest implements TestPropertyProvider {

    static final String WAITING_USER = "Ubrowser0000000000000000000000001";

    final LineStandIn line = new LineStandIn();

    @Inject EmbeddedServer server;
    @Inject ChatService chat;

    Browser browser;
    long answered;
    long waiting;
    long api;

    @Override
    public Map<String, String> getProperties() {
        return StaffTestProperties.browser(line.baseUrl());
    }

    @BeforeAll
    void start() throws Exception {
        Exchange somchai = new Exchange(Channel.LINE, "Ubrowser0000000000000000000000000", null);
        answered = chat.ask(somchai, "ตกงานได้เงินไหม", Optional.empty()).conversationId();
        chat.ask(somchai, "ประกันสังคมจ่ายค่าแว่นตาไหม", Optional.empty());
        for (int i = 0; i < 3; i++) {
            chat.ask(new Exchange(Channel.LINE, "Uglasses" + i, null), "ประกันสังคมจ่ายค่าแว่นตาไหมคะ", Optional.empty());
        }
        Exchange waitingCitizen = new Exchange(Channel.LINE, WAITING_USER, null);
        chat.ask(waitingCitizen, "คลอดบุตรเบิกได้เท่าไหร่", Optional.empty());
        waiting = chat.ask(waitingCitizen, "ขอคุยกับเจ้าหน้าที่", Optional.empty()).conversationId();
        api = chat.ask(new Exchange(Channel.API, "eval-1", null), "how much is unemployment benefit", Optional.empty())
                .conversationId();
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        line.close();
    }

    @Test
    void aStaffMembersDay() throws Exception {
        logIn();
        dashboard();
        filterConversations();
        openTranscriptAndReview();
        export();
        takeOverReplyAndRelease();
        simulator();
        accountsAndAudit();
    }

    private void logIn() throws Exception {
        browser.open("/console");
        browser.waitForUrlContaining("/login");
        assertThat(browser.text("h1")).isEqualTo("เข้าสู่ระบบเจ้าหน้าที่");
        browser.type("#username", "admin");
        browser.type("#password", "not-the-password");
        browser.click("#login-submit");
        assertThat(browser.text("#login-error")).contains("ไม่ถูกต้อง");
        browser.screenshot("01-login-th-error");
        browser.click("[data-lang=en]");
        browser.waitForText("h1", "Staff sign-in");
        browser.type("#username", "admin");
        browser.type("#password", StaffTestProperties.ADMIN_PASSWORD);
        browser.click("#login-submit");
        browser.waitForText("h1", "How the assistant is doing");
    }

    private void dashboard() throws Exception {
        assertThat(Integer.parseInt(browser.text("#kpi-turns"))).isGreaterThanOrEqualTo(8);
        assertThat(browser.script("return Chart.getChart(document.getElementById('chart-volume')) != null"))
                .isEqualTo(true);
        browser.screenshot("02-dashboard-en");
        browser.click("[data-lang=th]");
        browser.waitForText("h1", "ผลการทำงานของผู้ช่วยตอบคำถาม");
    }

    private void filterConversations() throws Exception {
        browser.clickAndWaitForNewPage("a.nav-link[href='/console/conversations']");
        browser.find("#conversations");
        assertThat(rows()).contains(answered, waiting, api);
        browser.screenshot("03-conversations");
        browser.click("#problems");
        browser.clickAndWaitForNewPage("#apply");
        assertThat(browser.driver.getCurrentUrl()).contains("problems=true");
        assertThat(rows()).contains(answered).doesNotContain(api);
        new Select(browser.find("#channel")).selectByValue("line");
        browser.type("#q", "แว่นตา");
        browser.clickAndWaitForNewPage("#apply");
        assertThat(browser.driver.getCurrentUrl()).contains("q=");
        assertThat(rows()).contains(answered).doesNotContain(api, waiting);
        browser.screenshot("04-conversations-filtered");
    }

    private void openTranscriptAndReview() throws Exception {
        browser.click("tr[data-conversation='" + answered + "'] a");
        browser.waitForText("#transcript-title", String.valueOf(answered));
        browser.script("document.querySelectorAll('details').forEach(d => d.open = true);");
        browser.screenshot("05-transcript");
        String card = "//article[contains(@class,'turn-card')][.//pre[contains(.,'แว่นตา')]]";
        browser.click(browser.driver.findElement(By.xpath(card + "//input[@value='wrong']")));
        new Select(browser.driver.findElement(By.xpath(card + "//select[@name='correctIntent']"))).selectByValue("maternity");
        browser.driver.findElement(By.xpath(card + "//input[@name='note']")).sendKeys("ถามเรื่องแว่นตา ยังไม่มีหัวข้อ");
        browser.click(browser.driver.findElement(By.xpath(card + "//button[@type='submit']")));
        browser.waitForText(".review-state", "admin");
        assertThat(browser.text(".review-state")).contains("ผิด").contains("คลอดบุตร");
        browser.screenshot("06-reviewed");
    }

    private void export() throws Exception {
        browser.open("/console/conversations?channel=line&q=%E0%B9%81%E0%B8%A7%E0%B9%88%E0%B8%99");
        String csvHref = browser.find("#export-csv").getAttribute("href");
        Map<?, ?> csv = download(csvHref);
        assertThat(csv.get("type").toString()).startsWith("text/csv");
        assertThat(csv.get("bom")).isEqualTo(true);
        assertThat(csv.get("text").toString()).contains("turn_id").contains("ประกันสังคมจ่ายค่าแว่นตาไหม")
                .doesNotContain("how much is unemployment");
        browser.click("a.nav-link[href='/console/unanswered']");
        browser.find("#groups");
        // Four asked about glasses; the one reviewed above has left the (unreviewed-only) inbox.
        assertThat(browser.text("#groups tbody tr:first-child .group-size")).isEqualTo("3");
        browser.screenshot("07-unanswered");
        Map<?, ?> yaml = download(browser.find("#export-yaml").getAttribute("href"));
        assertThat(yaml.get("text").toString()).contains("# intents/maternity.yaml").contains("ประกันสังคมจ่ายค่าแว่นตาไหม");
    }

    private void takeOverReplyAndRelease() throws Exception {
        browser.click("a.nav-link[href='/console/handoffs']");
        browser.find("#queue tr[data-conversation='" + waiting + "']");
        browser.screenshot("08-staff-queue");
        browser.click("#queue tr[data-conversation='" + waiting + "'] a");
        browser.click("#take");
        browser.waitForText("#handoff-state", "เจ้าหน้าที่ดูแลอยู่");
        line.clear();
        browser.type("#reply-text", "สวัสดีค่ะ เจ้าหน้าที่ประกันสังคมรับเรื่องแล้ว ค่าคลอดบุตรเหมาจ่าย 15,000 บาทค่ะ");
        browser.click("#send-reply");
        RecordedRequest push = line.next("/v2/bot/message/push", 15);
        assertThat(push).as("push reached the LINE stand-in").isNotNull();
        assertThat(push.getHeaders().get("X-Line-Retry-Key")).isNotBlank();
        JsonNode body = new ObjectMapper().readTree(push.getBody().utf8());
        assertThat(body.path("to").asText()).isEqualTo(WAITING_USER);
        assertThat(body.path("messages").get(0).path("text").asText()).contains("15,000");
        browser.waitForText("main", "15,000");
        assertThat(browser.driver.findElements(By.cssSelector(".delivery"))).extracting(e -> e.getText()).contains("ส่งแล้ว");
        browser.screenshot("09-agent-reply");
        browser.click("#release");
        browser.waitForText("#handoff-state", "บอทตอบ");
        browser.screenshot("10-released");
    }

    private void simulator() throws Exception {
        browser.click("a.nav-link[href='/console/simulator']");
        browser.type("#question", "ตกงานได้เงินไหม");
        browser.clickAndWaitForNewPage("#ask-send");
        browser.waitForText("#chat", "เงินทดแทนกรณีว่างงาน");
        browser.clickAndWaitForNewPage("#choices button[data-postback^='intent=']");
        assertThat(browser.driver.getCurrentUrl()).contains("/console/simulator");
        assertThat(browser.driver.findElements(By.cssSelector("#chat .bubble.them")).size()).isGreaterThanOrEqualTo(2);
        browser.screenshot("11-simulator");
    }

    private void accountsAndAudit() throws Exception {
        browser.click("a.nav-link[href='/console/accounts']");
        browser.type("#new-username", "somsri");
        browser.type("#new-password-field", "a-long-password-1");
        new Select(browser.find("#new-role")).selectByValue("agent");
        browser.click("#create-account button[type=submit]");
        browser.find("#accounts tr[data-account='somsri']");
        assertThat(browser.text(".alert-success")).isEqualTo("สร้างบัญชีแล้ว");
        browser.screenshot("12-accounts");
        browser.click("a.nav-link[href='/console/audit']");
        String audit = browser.text("#audit");
        assertThat(audit).contains("ตรวจคำตอบ").contains("รับเรื่องแชต").contains("ตอบประชาชน").contains("คืนแชตให้บอท")
                .contains("สร้างบัญชี").contains("ส่งออก CSV");
        browser.screenshot("13-audit");
        browser.click("#logout");
        browser.waitForUrlContaining("/login?bye=true");
        browser.open("/console");
        browser.waitForUrlContaining("/login");
    }

    private List<Long> rows() {
        return browser.driver.findElements(By.cssSelector("#conversations tbody tr")).stream()
                .map(r -> Long.parseLong(r.getAttribute("data-conversation"))).toList();
    }

    /** Fetches a download link with the page's own session, as clicking it would, and reads the bytes. */
    private Map<?, ?> download(String href) {
        return (Map<?, ?>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done({type: r.headers.get('content-type'), status: r.status,
                        bom: bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF,
                        text: new TextDecoder('utf-8').decode(bytes)});
                }).catch(e => done({type: 'error', text: String(e)}));""", href);
    }
}
