package th.sso.hotline.staff.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.sso.hotline.staff.PasswordHasher;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.StaffAccounts;
import th.sso.hotline.staff.StaffTestProperties;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers get the console's own localised error pages (with its navigation when signed in) for 400, 403, 404
 * and 500, API clients keep JSON; static files come gzip-compressed and cached for a year under versioned URLs,
 * the old unversioned URLs still work, and /favicon.ico exists.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesAndAssetsTest implements TestPropertyProvider {

    static final String PASSWORD = "error-page-password";
    private static final Pattern CSS = Pattern.compile("href=\"(/static/v-[0-9a-f]{10}/)console\\.css\"");

    @Inject @Client("/") HttpClient client;
    @Inject EmbeddedServer server;
    @Inject StaffAccounts accounts;
    @Inject PasswordHasher hasher;

    FormSession admin;
    FormSession viewer;
    final java.net.http.HttpClient raw = java.net.http.HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = StaffTestProperties.h2();
        p.put("micronaut.http.client.follow-redirects", "false");
        p.put("error-pages-test.boom", "true");
        return p;
    }

    @BeforeAll
    void logIn() {
        accounts.create("e-viewer", hasher.hash(PASSWORD), Role.VIEWER);
        admin = FormSession.login(client, "admin", StaffTestProperties.ADMIN_PASSWORD);
        viewer = FormSession.login(client, "e-viewer", PASSWORD);
    }

    @Test
    void aMissingConversationIsARealPageWithTheNavigation() {
        HttpResponse<String> page = admin.get("/console/conversations/987654");
        assertThat(page.code()).isEqualTo(404);
        assertThat(page.getContentType()).hasValueSatisfying(t -> assertThat(t.getName()).isEqualTo("text/html"));
        assertThat(body(page)).contains("ไม่พบหน้านี้").contains("id=\"console-nav\"").contains("/console/conversations")
                .contains("name=\"csrfToken\" value=\"" + admin.csrfToken + "\"");
        assertThat(body(admin.get("/console/no-such-page"))).contains("ไม่พบหน้านี้").contains("id=\"console-nav\"");
    }

    @Test
    void aBadParameterIsAFriendly400() {
        HttpResponse<String> page = admin.get("/console?days=abc");
        assertThat(page.code()).isEqualTo(400);
        assertThat(body(page)).contains("ที่อยู่หน้านี้มีบางอย่างไม่ถูกต้อง").contains("id=\"console-nav\"")
                .doesNotContain("Failed to convert").doesNotContain("abc");
    }

    @Test
    void aViewerGetsALocalised403InEnglishWhenChosen() throws Exception {
        HttpResponse<String> thai = viewer.get("/console/accounts");
        assertThat(thai.code()).isEqualTo(403);
        assertThat(body(thai)).contains("คุณไม่มีสิทธิ์เปิดหน้านี้").contains("id=\"console-nav\"");
        java.net.http.HttpResponse<String> english = raw.send(java.net.http.HttpRequest.newBuilder(uri("/console/accounts"))
                .header("Accept", "text/html").header("Cookie", FormSession.COOKIE + "=" + viewer.cookie + "; console_lang=en")
                .build(), BodyHandlers.ofString());
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("You may not open this page").contains("<html lang=\"en\"");
    }

    @Test
    void anUnexpectedFailureIsALocalised500WithoutInternals() {
        HttpResponse<String> page = admin.get("/console/test-boom");
        assertThat(page.code()).isEqualTo(500);
        assertThat(body(page)).contains("ระบบขัดข้อง").contains("id=\"console-nav\"").doesNotContain("secret internals");
    }

    @Test
    void signedOutVisitorsGetThePageWithoutNavigationAndApiClientsKeepJson() throws Exception {
        java.net.http.HttpResponse<String> page = raw.send(java.net.http.HttpRequest.newBuilder(uri("/no-such-thing"))
                .header("Accept", "text/html").build(), BodyHandlers.ofString());
        assertThat(page.statusCode()).isIn(401, 404);
        java.net.http.HttpResponse<String> api = raw.send(java.net.http.HttpRequest.newBuilder(uri("/api/v1/ask?x=1"))
                .header("Accept", "application/json").build(), BodyHandlers.ofString());
        assertThat(api.body()).doesNotContain("<html");
    }

    @Test
    void staticFilesAreVersionedCompressedAndCachedForAYear() throws Exception {
        String login = body(FormSession.anonymous(client).get("/login"));
        Matcher m = CSS.matcher(login);
        assertThat(m.find()).as("login page links the versioned stylesheet").isTrue();
        String prefix = m.group(1);
        assertThat(login).contains(prefix + "lib/bootstrap/5.3.3/dist/css/bootstrap.min.css")
                .contains(prefix + "console.js").contains("href=\"/favicon.ico\"");

        java.net.http.HttpResponse<byte[]> css = gzipGet(prefix + "lib/bootstrap/5.3.3/dist/css/bootstrap.min.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        byte[] plain = gunzip(css.body());
        assertThat(new String(plain, java.nio.charset.StandardCharsets.UTF_8)).contains("Bootstrap");
        assertThat(css.body().length).isLessThan(plain.length / 3);

        java.net.http.HttpResponse<byte[]> chart = gzipGet(prefix + "lib/chart.js/4.4.1/dist/chart.umd.js");
        assertThat(chart.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(chart.body()).length).isGreaterThan(150_000);

        java.net.http.HttpResponse<byte[]> own = gzipGet(prefix + "console.css");
        assertThat(own.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(new String(gunzip(own.body()), java.nio.charset.StandardCharsets.UTF_8)).contains(".console-navbar");

        // Pages opened before a deployment keep working: old URLs are still served, with a short cache.
        assertThat(gzipGet("/static/console.css").statusCode()).isEqualTo(200);
        assertThat(gzipGet("/webjars/bootstrap/5.3.3/dist/js/bootstrap.bundle.min.js").statusCode()).isEqualTo(200);
        java.net.http.HttpResponse<byte[]> stale = gzipGet("/static/v-0000000000/console.css");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");

        assertThat(gzipGet(prefix + "lib/other/x.js").statusCode()).isEqualTo(404);
        assertThat(gzipGet(prefix + "..%2Fapplication.yml").statusCode()).isIn(400, 404);
        assertThat(gzipGet(prefix + "nothing.css").statusCode()).isEqualTo(404);
    }

    @Test
    void theFaviconIsServed() throws Exception {
        java.net.http.HttpResponse<byte[]> icon = gzipGet("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(icon.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    private java.net.http.HttpResponse<byte[]> gzipGet(String path) throws IOException, InterruptedException {
        return raw.send(java.net.http.HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build(),
                BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static String body(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }

    /** A console page that fails, to see the 500 page (only in this test's context). */
    @Requires(property = "error-pages-test.boom", value = "true")
    @Controller("/console/test-boom")
    @Secured(Role.VIEWER_ROLE)
    static class Boom {
        @Get(produces = MediaType.TEXT_HTML)
        String boom() {
            throw new IllegalStateException("secret internals");
        }
    }
}
