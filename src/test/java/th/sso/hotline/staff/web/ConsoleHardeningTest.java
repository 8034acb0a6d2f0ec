package th.sso.hotline.staff.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.sso.hotline.staff.PasswordHasher;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.StaffAccounts;
import th.sso.hotline.staff.StaffTestProperties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console as an attacker meets it: the session id only in its cookie, the login page that tells nothing and
 * stores nothing, guessing slowed per client address without locking staff out for long, browser hardening headers.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleHardeningTest implements TestPropertyProvider {

    private static final String METRICS_TOKEN = "scrape-token-0123456789";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Inject @Client("/") HttpClient client;
    @Inject StaffAccounts accounts;
    @Inject PasswordHasher hasher;
    @Inject Jdbi jdbi;
    @Inject io.micronaut.runtime.server.EmbeddedServer server;
    @Inject th.sso.hotline.conversation.ConversationRepository conversations;
    @Inject th.sso.hotline.staff.handoff.AgentDesk desk;
    @Inject th.sso.hotline.conversation.ChatService chat;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = StaffTestProperties.h2();
        p.put("micronaut.http.client.follow-redirects", "false");
        p.put("hotline.staff.lock-after-failures", "3");
        p.put("hotline.staff.lock-duration", "2s");
        p.put("hotline.staff.throttle-after-failures", "4");
        p.put("hotline.staff.trust-forwarded-headers", "true");
        p.put("hotline.metrics.token", METRICS_TOKEN);
        return p;
    }

    /** Each test guesses from its own address (the proxy's X-Forwarded-For, trusted here). */
    private static String newAddress() {
        return "10.0.0." + ADDRESSES.getAndIncrement();
    }

    private HttpResponse<String> loginFrom(String address, String username, String password) {
        FormSession s = FormSession.anonymous(client);
        Map<String, String> form = Map.of("username", username, "password", password, "csrfToken", s.csrfToken);
        MutableHttpRequest<?> request = HttpRequest.POST("/login", form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE, MediaType.ALL_TYPE)
                .header("X-Forwarded-For", "203.0.113.9, " + address);
        return s.send(request);
    }

    @Test
    void theSessionIdTravelsOnlyInTheCookie() {
        FormSession admin = FormSession.login(client, "admin", StaffTestProperties.ADMIN_PASSWORD);
        HttpResponse<String> page = admin.get("/console");
        assertThat(page.status().getCode()).isEqualTo(200);
        assertThat(page.header("Authorization-Info")).isNull();
        assertThat(page.header("X-Auth-Token")).isNull();

        // The cookie holds the id base64-encoded; the headers took it as it is.
        String id = new String(java.util.Base64.getDecoder().decode(admin.cookie), java.nio.charset.StandardCharsets.UTF_8);
        for (String header : List.of("Authorization-Info", "X-Auth-Token")) {
            for (String value : List.of(id, admin.cookie)) {
                HttpResponse<String> byHeader = FormSession.anonymous(client).send(
                        HttpRequest.GET("/console").accept(MediaType.TEXT_HTML_TYPE).header(header, value));
                assertThat(byHeader.status().getCode()).as(header).isEqualTo(303);
                assertThat(byHeader.header("Location")).isEqualTo("/login");
            }
        }
    }

    @Test
    void everyFailedLoginSaysTheSameThing() {
        accounts.create("quitter", hasher.hash("quitter-password"), Role.VIEWER);
        accounts.setDisabled(accounts.find("quitter").orElseThrow().id(), true);
        accounts.create("shut", hasher.hash("shut-password-1"), Role.VIEWER);
        // Locked (as after wrong passwords) for longer than this test can take on a slow machine.
        jdbi.useHandle(h -> h.createUpdate("update staff_account set failed_logins = 3, locked_until = :t where username = 'shut'")
                .bind("t", java.time.Instant.now().plusSeconds(3600)).execute());
        List<String> locations = new ArrayList<>();
        locations.add(loginFrom(newAddress(), "nobody-here", "whatever-1").header("Location"));
        locations.add(loginFrom(newAddress(), "admin", "wrong-password").header("Location"));
        locations.add(loginFrom(newAddress(), "quitter", "quitter-password").header("Location"));
        locations.add(loginFrom(newAddress(), "shut", "shut-password-1").header("Location"));
        assertThat(locations).containsOnly("/login?error=credentials");
        for (String reason : List.of("locked", "disabled")) {
            String page = FormSession.anonymous(client).get("/login?error=" + reason).getBody(String.class).orElse("");
            assertThat(page).doesNotContain("ล็อก").doesNotContain("ปิดใช้งาน");
        }
    }

    @Test
    void aLockRunsOutAndTheCountStartsAgain() throws InterruptedException {
        accounts.create("forgetful", hasher.hash("forgetful-password"), Role.VIEWER);
        for (int i = 0; i < 3; i++) {
            loginFrom(newAddress(), "forgetful", "wrong-" + i);
        }
        assertThat(accounts.find("forgetful").orElseThrow().lockedUntil()).isNotNull();
        Thread.sleep(2_200);
        // One more miss after the lock ran out is one miss, not the fourth in a row.
        assertThat(loginFrom(newAddress(), "forgetful", "wrong-again").header("Location"))
                .isEqualTo("/login?error=credentials");
        assertThat(accounts.find("forgetful").orElseThrow().failedLogins()).isEqualTo(1);
        assertThat(loginFrom(newAddress(), "forgetful", "forgetful-password").header("Location")).isEqualTo("/console");
        assertThat(accounts.find("forgetful").orElseThrow().failedLogins()).isZero();
    }

    @Test
    void guessingFromOneAddressIsSlowedAndOthersAreNot() {
        accounts.create("target", hasher.hash("target-password"), Role.VIEWER);
        String attacker = newAddress();
        for (int i = 0; i < 4; i++) {
            loginFrom(attacker, "guess-" + i, "wrong-" + i);
        }
        // The attacker's address waits, even with the right password ...
        assertThat(loginFrom(attacker, "target", "target-password").header("Location"))
                .isEqualTo("/login?error=credentials");
        // ... while the account itself is not locked for anyone else.
        assertThat(loginFrom(newAddress(), "target", "target-password").header("Location")).isEqualTo("/console");
        // HTTP Basic counts the same way.
        String basicAttacker = newAddress();
        for (int i = 0; i < 5; i++) {
            basic(basicAttacker, "basic-guess-" + i, "wrong-" + i);
        }
        assertThat(basic(basicAttacker, "admin", StaffTestProperties.ADMIN_PASSWORD)).isEqualTo(401);
        assertThat(basic(newAddress(), "admin", StaffTestProperties.ADMIN_PASSWORD)).isEqualTo(200);
    }

    private int basic(String address, String user, String password) {
        MutableHttpRequest<?> request = HttpRequest.GET("/console/export/examples.yaml").accept(MediaType.ALL_TYPE)
                .basicAuth(user, password).header("X-Forwarded-For", address);
        return FormSession.anonymous(client).send(request).status().getCode();
    }

    @Test
    void anUnknownNameCostsAsMuchAsAWrongPassword() {
        accounts.create("timed", hasher.hash("timed-password"), Role.VIEWER);
        long[] unknown = new long[5];
        long[] wrong = new long[5];
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            loginFrom(newAddress(), "no-such-user-" + i, "wrong-password");
            unknown[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            loginFrom(newAddress(), "timed", "wrong-password-" + i);
            wrong[i] = System.nanoTime() - t0;
            if (i == 1) {
                accounts.setPassword(accounts.find("timed").orElseThrow().id(), hasher.hash("timed-password"));
            }
        }
        Arrays.sort(unknown);
        Arrays.sort(wrong);
        // An Argon2 check (19 MiB, 2 passes) dominates a login; without it an unknown name answers many times faster.
        assertThat((double) unknown[2]).isGreaterThan(0.5 * wrong[2]);
    }

    @Test
    void consolePagesCarryBrowserHardeningHeaders() {
        FormSession admin = FormSession.login(client, "admin", StaffTestProperties.ADMIN_PASSWORD);
        for (String path : List.of("/console", "/console/conversations", "/login")) {
            HttpResponse<String> page = path.equals("/login") ? FormSession.anonymous(client).get(path) : admin.get(path);
            assertThat(page.status().getCode()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy")).as(path)
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).isNotBlank();
            assertThat(page.header("Cache-Control")).contains("no-store");
            // Plain HTTP with no proxy saying otherwise: no HSTS.
            assertThat(page.header("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() {
        FormSession s = FormSession.anonymous(client);
        MutableHttpRequest<?> request = HttpRequest.POST("/login", Map.of("username", "admin",
                        "password", StaffTestProperties.ADMIN_PASSWORD, "csrfToken", s.csrfToken))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE, MediaType.ALL_TYPE)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", newAddress());
        HttpResponse<String> login = s.send(request);
        assertThat(login.header("Location")).isEqualTo("/console");
        assertThat(login.getHeaders().getAll("Set-Cookie")).filteredOn(c -> c.startsWith(FormSession.COOKIE + "="))
                .isNotEmpty().allMatch(c -> c.contains("Secure") && c.toLowerCase(java.util.Locale.ROOT).contains("httponly"));
        assertThat(login.header("Strict-Transport-Security")).contains("max-age=");
    }

    /** The CSP allows no inline script or style, so the templates must have none. */
    @Test
    void templatesHaveNoInlineScriptOrStyle() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\s(th:)?src=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/views"))) {
            for (Path f : files.toList()) {
                var m = inline.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void resettingAPasswordOrDisablingAnAccountEndsItsSessions() {
        accounts.create("moved-on", hasher.hash("moved-on-password"), Role.AGENT);
        accounts.create("stolen", hasher.hash("stolen-password"), Role.VIEWER);
        FormSession movedOn = FormSession.login(client, "moved-on", "moved-on-password");
        FormSession stolen = FormSession.login(client, "stolen", "stolen-password");
        FormSession admin = FormSession.login(client, "admin", StaffTestProperties.ADMIN_PASSWORD);
        assertThat(stolen.get("/console").status().getCode()).isEqualTo(200);

        long stolenId = accounts.find("stolen").orElseThrow().id();
        // The first post only asks to confirm: nothing changes yet.
        HttpResponse<String> ask = admin.post("/console/accounts/" + stolenId + "/password", Map.of());
        assertThat(ask.getBody(String.class).orElse("")).contains("id=\"confirm-reset\"").doesNotContain("id=\"new-password\"");
        assertThat(stolen.get("/console").status().getCode()).isEqualTo(200);
        assertThat(admin.post("/console/accounts/" + stolenId + "/password", Map.of("confirm", "true")).status().getCode())
                .isEqualTo(200);
        assertThat(stolen.get("/console").header("Location")).isEqualTo("/login");

        long movedOnId = accounts.find("moved-on").orElseThrow().id();
        admin.post("/console/accounts/" + movedOnId + "/enabled", Map.of("enabled", "false"));
        long left = jdbi.withHandle(h -> h.createQuery("select count(*) from console_session where username = 'moved-on'")
                .mapTo(Long.class).one());
        assertThat(left).isZero();
        assertThat(movedOn.get("/console").header("Location")).isEqualTo("/login");
    }

    @Test
    void prometheusNeedsTheScrapeTokenOrAnAdmin() {
        FormSession nobody = FormSession.anonymous(client);
        assertThat(nobody.send(HttpRequest.GET("/prometheus")).status().getCode()).isEqualTo(401);
        assertThat(nobody.send(HttpRequest.GET("/prometheus").bearerAuth("wrong-token")).status().getCode())
                .isEqualTo(401);
        HttpResponse<String> scraped = nobody.send(HttpRequest.GET("/prometheus").bearerAuth(METRICS_TOKEN));
        assertThat(scraped.status().getCode()).isEqualTo(200);
        assertThat(scraped.getBody(String.class).orElse("")).contains("jvm_");
        accounts.create("peeker", hasher.hash("peeker-password"), Role.AGENT);
        assertThat(nobody.send(HttpRequest.GET("/prometheus").basicAuth("peeker", "peeker-password")).status().getCode())
                .isEqualTo(403);
        assertThat(FormSession.login(client, "admin", StaffTestProperties.ADMIN_PASSWORD).send(HttpRequest.GET("/prometheus"))
                .status().getCode()).isEqualTo(200);
    }

    @Test
    void anAbsurdPageNumberIsNoServerError() {
        FormSession admin = FormSession.login(client, "admin", StaffTestProperties.ADMIN_PASSWORD);
        for (String path : List.of("/console/conversations?page=2147483647", "/console/audit?page=2147483647",
                "/console/conversations?page=99999999999999", "/console/audit?page=99999999999999",
                "/console/conversations?page=-5", "/console/audit?page=-2147483648")) {
            int status = admin.get(path).status().getCode();
            assertThat(status).as(path).isIn(200, 400);
        }
    }

    @Test
    void releasingAChatAnotherAgentHoldsNeedsAnExplicitConfirmation() {
        accounts.create("holder", hasher.hash("holder-password"), Role.AGENT);
        accounts.create("other-agent", hasher.hash("other-agent-password"), Role.AGENT);
        long id = conversations.findOrCreate("release-test-" + newAddress(),
                th.sso.hotline.conversation.Channel.SIMULATOR, java.time.Instant.now()).id();
        assertThat(desk.take(id, "holder")).isEqualTo(th.sso.hotline.staff.handoff.AgentDesk.Outcome.DONE);
        FormSession other = FormSession.login(client, "other-agent", "other-agent-password");

        HttpResponse<String> silent = other.post("/console/conversations/" + id + "/release", Map.of());
        assertThat(silent.header("Location")).contains("notice=confirm_release");
        assertThat(conversations.find(id).orElseThrow().handoffAgent()).isEqualTo("holder");
        assertThat(other.get("/console/conversations/" + id).getBody(String.class).orElse(""))
                .contains("name=\"confirm\"");

        HttpResponse<String> confirmed = other.post("/console/conversations/" + id + "/release", Map.of("confirm", "true"));
        assertThat(confirmed.header("Location")).doesNotContain("notice=");
        assertThat(conversations.find(id).orElseThrow().handoffState().name()).isEqualTo("BOT");
        String detail = jdbi.withHandle(h -> h.createQuery("""
                        select detail from audit_log where action = 'handoff.release' and target = :t
                        order by id desc limit 1""")
                .bind("t", "conversation:" + id).mapTo(String.class).one());
        assertThat(detail).contains("holder").contains("confirmed");
    }

    @Test
    void aOneTimePasswordOnlyLetsItsHolderChooseANewOne() {
        accounts.create("first-admin", hasher.hash("one-time-password"), Role.ADMIN, true);
        FormSession s = FormSession.anonymous(client);
        HttpResponse<String> login = s.post("/login", Map.of("username", "first-admin", "password", "one-time-password"));
        assertThat(login.header("Location")).isEqualTo("/console");
        assertThat(s.get("/console").header("Location")).isEqualTo("/console/password");
        assertThat(s.get("/console/accounts").header("Location")).isEqualTo("/console/password");
        assertThat(s.send(HttpRequest.GET("/console/export/examples.yaml").accept(MediaType.ALL_TYPE)
                .basicAuth("first-admin", "one-time-password")).header("Location")).isEqualTo("/console/password");
        assertThat(s.send(HttpRequest.POST("/api/v1/ask", "{\"text\":\"hello\"}").contentType(MediaType.APPLICATION_JSON_TYPE)
                .basicAuth("first-admin", "one-time-password")).status().getCode()).isEqualTo(403);

        HttpResponse<String> form = s.get("/console/password");
        assertThat(form.status().getCode()).isEqualTo(200);
        String token = java.util.regex.Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"")
                .matcher(form.getBody(String.class).orElse("")).results().findFirst().orElseThrow().group(1);
        s.csrfToken = token;
        assertThat(s.post("/console/password", Map.of("current", "one-time-password", "password", "short",
                "repeat", "short")).status().getCode()).isEqualTo(200);
        assertThat(s.get("/console").header("Location")).isEqualTo("/console/password");
        HttpResponse<String> changed = s.post("/console/password", Map.of("current", "one-time-password",
                "password", "my-own-password-2", "repeat", "my-own-password-2"));
        assertThat(changed.header("Location")).isEqualTo("/console");
        assertThat(s.get("/console").status().getCode()).isEqualTo(200);
        assertThat(accounts.find("first-admin").orElseThrow().mustChangePassword()).isFalse();
        assertThat(loginFrom(newAddress(), "first-admin", "one-time-password").header("Location"))
                .isEqualTo("/login?error=credentials");
    }

    @Test
    void anonymousRoutesDoNotBufferHugeBodies() throws Exception {
        byte[] huge = ("username=admin&password=" + "x".repeat(3 * 1024 * 1024)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // Sent the way a careful client sends a large body: the server refuses it before it is transferred.
        var request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/login"))
                .expectContinue(true)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(huge)).build();
        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void theCsvExportIsStreamedNotBuiltInMemory() {
        String user = "csv-" + newAddress();
        for (String q : List.of("ตกงานได้เงินไหม", "ทำบัตรใหม่ที่ไหน", "hello")) {
            chat.ask(new th.sso.hotline.conversation.Exchange(th.sso.hotline.conversation.Channel.API, user, null),
                    q, java.util.Optional.empty());
        }
        FormSession admin = FormSession.login(client, "admin", StaffTestProperties.ADMIN_PASSWORD);
        HttpResponse<String> csv = admin.send(HttpRequest.GET("/console/export/turns.csv").accept(MediaType.ALL_TYPE));
        assertThat(csv.status().getCode()).isEqualTo(200);
        // Streamed in chunks as rows are read: no length known up front.
        assertThat(csv.header("Content-Length")).isNull();
        String body = csv.getBody(String.class).orElse("");
        assertThat(body).startsWith("\uFEFFturn_id,").contains("ทำบัตรใหม่ที่ไหน");
        assertThat(body.lines().count()).isGreaterThanOrEqualTo(4);
    }
}
