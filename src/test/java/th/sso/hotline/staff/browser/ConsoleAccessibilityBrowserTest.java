package th.sso.hotline.staff.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.staff.LineStandIn;
import th.sso.hotline.staff.PasswordHasher;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.StaffAccounts;
import th.sso.hotline.staff.StaffTestProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every console page, signed out, as an admin and as a viewer, at a laptop's 1366×900 and a phone's 390×844:
 * no serious or critical axe-core violation (WCAG 2.1 AA and best practice), no page wider than the phone, a
 * collapsed navigation on the phone, the active page marked for screen readers, a 55-turn transcript that stays
 * compact with system events hidden until asked for. Screenshots of each page and size go to target/screenshots/.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleAccessibilityBrowserTest implements TestPropertyProvider {

    static final String VIEWER_PASSWORD = "viewer-password-1";

    final LineStandIn line = new LineStandIn();

    @Inject EmbeddedServer server;
    @Inject ChatService chat;
    @Inject StaffAccounts accounts;
    @Inject PasswordHasher hasher;

    Browser browser;
    long longConversation;
    final Map<String, String> pages = new LinkedHashMap<>();

    @Override
    public Map<String, String> getProperties() {
        return StaffTestProperties.browser(line.baseUrl());
    }

    @BeforeAll
    void start() throws Exception {
        Exchange citizen = new Exchange(Channel.LINE, "Ua11y00000000000000000000000000001", null);
        List<String> questions = List.of("ตกงานได้เงินไหม", "คลอดบุตรเบิกได้เท่าไหร่", "ประกันสังคมจ่ายค่าแว่นตาไหม",
                "เงินว่างงานได้กี่เดือน", "how much is unemployment benefit");
        int turns = 0;
        for (int i = 0; turns < 55; i++) {
            if (i % 4 == 3) {
                chat.note(citizen, "system", "[event] MembershipEvent");
            } else if (i % 9 == 8) {
                chat.nonText(citizen, "StickerMessageContent");
            } else {
                longConversation = chat.ask(citizen, questions.get(i % questions.size()), Optional.empty()).conversationId();
            }
            turns++;
        }
        Exchange waiting = new Exchange(Channel.LINE, "Ua11y00000000000000000000000000002", null);
        chat.ask(waiting, "ขอคุยกับเจ้าหน้าที่", Optional.empty());
        accounts.create("a11y-viewer", hasher.hash(VIEWER_PASSWORD), Role.VIEWER);

        pages.put("dashboard", "/console");
        pages.put("conversations", "/console/conversations");
        pages.put("transcript", "/console/conversations/" + longConversation);
        pages.put("unanswered", "/console/unanswered");
        pages.put("handoffs", "/console/handoffs");
        pages.put("simulator", "/console/simulator");
        pages.put("accounts", "/console/accounts");
        pages.put("audit", "/console/audit");
        pages.put("deliveries", "/console/deliveries");
        pages.put("rules", "/console/rules");
        pages.put("error-404", "/console/conversations/99999999");
        pages.put("error-400", "/console?days=abc");
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
    @Order(1)
    void everyPageHasNoSeriousAccessibilityViolationOnALaptop() throws Exception {
        laptop();
        List<String> failures = new ArrayList<>();
        browser.open("/login");
        browser.find("#login-form");
        check(failures, "login");
        browser.screenshot("a11y-login-1366");
        logIn("admin", StaffTestProperties.ADMIN_PASSWORD);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.open(page.getValue());
            browser.find("#main");
            if (page.getKey().equals("dashboard")) {
                waitForCharts();
            }
            check(failures, page.getKey());
            browser.screenshot("a11y-" + page.getKey() + "-1366");
        }
        // Details opened (why this answer, review form) must pass too.
        browser.open(pages.get("transcript"));
        browser.script("document.querySelectorAll('details').forEach(d => d.open = true);"
                + "document.getElementById('show-events').click();");
        check(failures, "transcript with details and events");
        browser.script("document.querySelectorAll('details').forEach(d => d.open = false);");
        browser.click("#logout");
        browser.waitForUrlContaining("/login");
        logIn("a11y-viewer", VIEWER_PASSWORD);
        browser.open("/console/accounts");
        browser.find("#main");
        assertThat(browser.text("h1")).isEqualTo("คุณไม่มีสิทธิ์เปิดหน้านี้");
        assertThat(browser.driver.findElements(By.id("console-nav"))).hasSize(1);
        check(failures, "error-403");
        browser.screenshot("a11y-error-403-1366");
        browser.click("#logout");
        browser.waitForUrlContaining("/login");
        assertThat(failures).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    @Order(2)
    void theActivePageIsMarkedAndTheSkipLinkLeadsToTheContent() throws Exception {
        laptop();
        logIn("admin", StaffTestProperties.ADMIN_PASSWORD);
        browser.open("/console/unanswered");
        List<WebElement> current = browser.driver.findElements(By.cssSelector("[aria-current=page]"));
        assertThat(current).hasSize(1);
        assertThat(current.get(0).getAttribute("href")).endsWith("/console/unanswered");
        WebElement skip = browser.driver.findElement(By.cssSelector("a.skip-link"));
        assertThat(skip.getAttribute("href")).endsWith("#main");
        browser.driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(browser.script("return document.activeElement.classList.contains('skip-link')")).isEqualTo(true);
        assertThat(browser.script("return document.activeElement.getBoundingClientRect().width > 20")).isEqualTo(true);
        browser.open("/console/simulator");
        assertThat(browser.script("return document.getElementById('question').labels.length")).isEqualTo(1L);
        browser.open("/console");
        assertThat(browser.driver.findElements(By.cssSelector("canvas[role=img][aria-label]"))).hasSize(4);
        // Chart axes and their table show Thai month abbreviations (e.g. 3 ธ.ค.), not ISO dates.
        assertThat(browser.driver.findElement(By.id("table-days")).getAttribute("textContent"))
                .containsPattern("\\d{1,2} [ก-๙]+\\.[ก-๙]+\\.").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat((String) browser.script("return document.querySelector('link[rel=icon]').href")).endsWith("/favicon.ico");
        assertThat(browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/favicon.ico').then(r => done(r.status + ' ' + r.headers.get('content-type')));"))
                .isEqualTo("200 image/x-icon");
    }

    @Test
    @Order(3)
    void aLongTranscriptIsCompactWithSystemEventsHiddenUntilAskedFor() throws Exception {
        laptop();
        browser.open(pages.get("transcript"));
        List<WebElement> all = browser.driver.findElements(By.cssSelector("#turns .turn-card"));
        assertThat(all).hasSize(55);
        List<WebElement> background = browser.driver.findElements(By.cssSelector("#turns .background-turn"));
        assertThat(background).hasSizeGreaterThanOrEqualTo(14);
        assertThat(background).noneMatch(WebElement::isDisplayed);
        long compact = height();
        browser.click("#show-events");
        assertThat(background).allMatch(WebElement::isDisplayed);
        assertThat(browser.text("#turns")).contains("[event] MembershipEvent");
        long withEvents = height();
        browser.click("#show-events");
        assertThat(compact).as("55-turn transcript height in px").isLessThan(6000);
        assertThat(withEvents).isLessThan(8000);
        // Times are Buddhist-era in Thai; intent titles, not ids.
        assertThat(browser.text("#turns")).containsPattern("\\d{1,2} [ก-๙]+\\.[ก-๙]+\\. 25\\d\\d \\d\\d:\\d\\d");
        assertThat(browser.driver.findElements(By.cssSelector("#turns .intent"))).isNotEmpty()
                .extracting(WebElement::getText).contains("เงินว่างงาน").noneMatch(t -> t.matches("[a-z_]+"));
        System.out.printf("transcript of 55 turns: %d px with events hidden, %d px with them shown%n", compact, withEvents);
    }

    @Test
    @Order(4)
    void onAPhoneTheMenuCollapsesAndNoPageIsWiderThanTheScreen() throws Exception {
        phone();
        List<String> failures = new ArrayList<>();
        browser.open("/console");
        browser.find("#main");
        Number navHeight = (Number) browser.script("return document.querySelector('nav.navbar').getBoundingClientRect().height");
        assertThat(navHeight.doubleValue()).as("collapsed navbar height").isLessThan(80);
        assertThat(browser.driver.findElement(By.cssSelector("a.nav-link[href='/console/conversations']")).isDisplayed()).isFalse();
        browser.click("button.navbar-toggler");
        browser.waitVisible("a.nav-link[href='/console/conversations']");
        browser.screenshot("a11y-menu-open-390");
        check(failures, "dashboard with the menu open");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.open(page.getValue());
            browser.find("#main");
            if (page.getKey().equals("dashboard")) {
                waitForCharts();
            }
            Number width = (Number) browser.script("return document.documentElement.scrollWidth");
            if (width.intValue() > 390) {
                failures.add(page.getKey() + " is " + width + " px wide");
            }
            check(failures, page.getKey() + " (phone)");
            browser.screenshot("a11y-" + page.getKey() + "-390");
        }
        browser.click("button.navbar-toggler");
        browser.waitVisible("#logout");
        browser.click("#logout");
        browser.waitForUrlContaining("/login");
        browser.find("#login-form");
        check(failures, "login (phone)");
        browser.screenshot("a11y-login-390");
        assertThat(failures).isEmpty();
    }

    private void logIn(String user, String password) {
        browser.open("/login");
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickAndWaitForNewPage("#login-submit");
        browser.find("#main");
    }

    private void check(List<String> failures, String page) {
        Accessibility.seriousViolations(browser.driver).forEach(v -> failures.add(page + ": " + v));
    }

    private void waitForCharts() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(browser.script("return !!(window.Chart && Chart.getChart(document.getElementById('chart-volume')))")));
    }

    private long height() {
        return ((Number) browser.script("return document.documentElement.scrollHeight")).longValue();
    }

    private void laptop() {
        viewport(1366, 900, false);
    }

    private void phone() {
        viewport(390, 844, true);
    }

    private void viewport(int width, int height, boolean mobile) {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }
}
