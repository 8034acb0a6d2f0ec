package th.sso.hotline.staff.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import th.sso.hotline.audit.AuditLog;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginAndCsrfTest implements TestPropertyProvider {

    @Inject @Client("/") HttpClient client;
    @Inject StaffAccounts accounts;
    @Inject PasswordHasher hasher;
    @Inject AuditLog audit;
    @Inject Jdbi jdbi;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = StaffTestProperties.h2();
        p.put("micronaut.http.client.follow-redirects", "false");
        p.put("hotline.staff.lock-after-failures", "3");
        return p;
    }

    @Test
    void loginGivesANewSessionAndFormsNeedItsToken() {
        FormSession admin = FormSession.login(client, "admin", StaffTestProperties.ADMIN_PASSWORD);
        assertThat(admin.cookie).isNotNull();
        assertThat(admin.get("/console").status().getCode()).isEqualTo(200);

        String goodToken = admin.csrfToken;
        admin.csrfToken = null;
        assertThat(admin.post("/console/simulator/ask", Map.of("text", "hello")).status().getCode()).isEqualTo(403);
        assertThat(admin.post("/console/simulator/ask", Map.of("text", "hello", "csrfToken", "forged!token"))
                .status().getCode()).isEqualTo(403);
        FormSession other = FormSession.login(client, "admin", StaffTestProperties.ADMIN_PASSWORD);
        assertThat(admin.post("/console/simulator/ask", Map.of("text", "hello", "csrfToken", other.csrfToken))
                .status().getCode()).isEqualTo(403);
        admin.csrfToken = goodToken;
        assertThat(admin.post("/console/simulator/ask", Map.of("text", "hello")).status().getCode()).isEqualTo(303);

        HttpResponse<String> logout = admin.post("/logout", Map.of());
        assertThat(logout.header("Location")).isEqualTo("/login?bye=true");
        assertThat(admin.get("/console").header("Location")).isEqualTo("/login");
    }

    @Test
    void theLoginPageOpensNoSessionAndItsFormNeedsTheMatchingCookie() {
        long sessionsBefore = sessionRows();
        for (int i = 0; i < 20; i++) {
            FormSession visitor = FormSession.anonymous(client);
            assertThat(visitor.cookie).isNull();
            assertThat(visitor.loginCookie).isEqualTo(visitor.csrfToken).isNotBlank();
        }
        assertThat(sessionRows()).isEqualTo(sessionsBefore);

        FormSession forged = FormSession.anonymous(client);
        forged.loginCookie = "forged-cookie-value";
        assertRefused(forged.post("/login", Map.of("username", "admin", "password", StaffTestProperties.ADMIN_PASSWORD)));
        FormSession noCookie = FormSession.anonymous(client);
        noCookie.loginCookie = null;
        assertRefused(noCookie.post("/login", Map.of("username", "admin", "password", StaffTestProperties.ADMIN_PASSWORD)));

        FormSession good = FormSession.anonymous(client);
        HttpResponse<String> in = good.post("/login",
                Map.of("username", "admin", "password", StaffTestProperties.ADMIN_PASSWORD));
        assertThat(in.header("Location")).isEqualTo("/console");
        assertThat(in.getHeaders().getAll("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith(FormSession.LOGIN_COOKIE + "=;").containsIgnoringCase("Max-Age=0"));
        assertThat(sessionRows()).isEqualTo(sessionsBefore + 1);
    }

    /** The right password without the matching CSRF cookie: the CSRF filter stops it before authentication. */
    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.status().getCode()).isIn(401, 403);
        assertThat(response.header("Location")).isNull();
        assertThat(response.getHeaders().getAll("Set-Cookie")).noneMatch(c -> c.startsWith(FormSession.COOKIE + "="));
    }

    private long sessionRows() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from console_session").mapTo(Long.class).one());
    }

    @Test
    void wrongPasswordsLockTheAccount() {
        accounts.create("locky", hasher.hash("correct-password"), Role.VIEWER);
        FormSession s = FormSession.anonymous(client);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = s.post("/login", Map.of("username", "locky", "password", "wrong" + i));
            assertThat(r.header("Location")).isEqualTo("/login?error=credentials");
        }
        HttpResponse<String> locked = s.post("/login", Map.of("username", "locky", "password", "correct-password"));
        // Locked, but the page says only what it says for a wrong password.
        assertThat(locked.header("Location")).isEqualTo("/login?error=credentials");
        assertThat(s.get("/login?error=locked").getBody(String.class).orElse("")).doesNotContain("ล็อก");
        assertThat(audit.page("login.failed", 0, 10)).hasSizeGreaterThanOrEqualTo(4);
        // The audit names the account aimed at, and finds it under that user; a name that is no account stays unnamed.
        assertThat(audit.page("login.failed", "locky", null, null, 0, 10)).hasSize(4)
                .allSatisfy(e -> assertThat(e.target()).isEqualTo("account:locky"));
        FormSession.anonymous(client).post("/login", Map.of("username", "my-password-by-mistake", "password", "x"));
        assertThat(audit.page("login.failed", 0, 1)).singleElement()
                .satisfies(e -> assertThat(e.target()).isEqualTo("unknown account"));
    }

    @Test
    void aDisabledAccountsSessionStopsWorking() {
        accounts.create("leaver", hasher.hash("leaver-password"), Role.AGENT);
        FormSession s = FormSession.login(client, "leaver", "leaver-password");
        assertThat(s.get("/console/handoffs").status().getCode()).isEqualTo(200);
        long id = accounts.find("leaver").orElseThrow().id();
        accounts.setDisabled(id, true);
        assertThat(s.get("/console/handoffs").status().getCode()).isEqualTo(403);
        assertThat(s.get("/console/handoffs").header("Location")).isEqualTo("/login");
    }

    @Test
    void theLoginPageSpeaksThaiUnlessEnglishIsChosen() {
        String thai = client.toBlocking().retrieve(HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE));
        assertThat(thai).contains("เข้าสู่ระบบเจ้าหน้าที่").contains("lang=\"th\"");
        String english = client.toBlocking().retrieve(HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE)
                .header("Cookie", "console_lang=en"));
        assertThat(english).contains("Staff sign-in").contains("lang=\"en\"");
    }
}
