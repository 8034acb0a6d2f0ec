package th.sso.hotline.staff.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.sso.hotline.staff.PasswordHasher;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.StaffAccounts;
import th.sso.hotline.staff.StaffTestProperties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI contract as served: for signed-in staff only, with the same routes the router has (a controller
 * added, removed or renamed under /api, the exports or the webhook without the spec following fails here), with
 * examples, and a Redoc page whose inline script the CSP allows by hash. Every error under /api is the one
 * problem+json shape.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTest implements TestPropertyProvider {

    static final String PASSWORD = "contract-test-password";
    /** The parts of the HTTP surface the spec documents; the console's HTML pages are not a contract. */
    static final Pattern DOCUMENTED = Pattern.compile("^/(api/.*|console/export/.*|callback)$");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject Router router;
    @Inject @Client("/") HttpClient client;
    @Inject StaffAccounts accounts;
    @Inject PasswordHasher hasher;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = StaffTestProperties.h2();
        p.put("micronaut.http.client.follow-redirects", "false");
        return p;
    }

    @BeforeAll
    void accounts() {
        accounts.create("c-viewer", hasher.hash(PASSWORD), Role.VIEWER);
        accounts.create("c-admin", hasher.hash(PASSWORD), Role.ADMIN);
    }

    private HttpResponse<String> get(String path, String user) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (user != null) {
            request.basicAuth(user, PASSWORD);
        }
        return exchange(request);
    }

    private HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    private JsonNode spec() throws IOException {
        HttpResponse<String> response = get("/swagger/sso-hotline.yml", "c-viewer");
        assertThat(response.code()).isEqualTo(200);
        return YAML.readTree(response.body());
    }

    @Test
    void theSpecAndItsPageAreForSignedInStaffOnly() {
        assertThat(get("/swagger/sso-hotline.yml", null).code()).isIn(401, 303, 302);
        assertThat(get("/redoc/index.html", null).code()).isIn(401, 303, 302);
        assertThat(get("/redoc/res/redoc.standalone.js", null).code()).isIn(401, 303, 302);
        assertThat(get("/redoc/res/redoc.standalone.js", "c-viewer").code()).isEqualTo(200);
    }

    @Test
    void theServedSpecHasExactlyTheRoutesOfTheRouter() throws IOException {
        Set<String> routed = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String path = route.getUriMatchTemplate().toPathString();
            // HEAD is answered for every GET by the server itself; the spec lists the GET.
            if (DOCUMENTED.matcher(path).matches() && !route.getHttpMethod().name().equals("HEAD")) {
                routed.add(route.getHttpMethod().name() + " " + path);
            }
        }
        Set<String> documented = new TreeSet<>();
        JsonNode paths = spec().path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
        }
        assertThat(routed).contains("POST /api/v1/ask", "POST /api/v1/admin/content/reload",
                "GET /console/export/turns.csv", "GET /console/export/examples.yaml", "POST /callback");
        assertThat(documented).as("spec paths vs. router routes").isEqualTo(routed);
    }

    @Test
    void askReloadAndExportsCarryExamplesAndErrorsAreProblems() throws IOException {
        JsonNode paths = spec().path("paths");
        JsonNode ask = paths.path("/api/v1/ask").path("post");
        assertThat(ask.path("requestBody").path("content").path("application/json").path("examples").path("thai")
                .path("value").toString()).contains("ตกงาน");
        assertThat(ask.path("responses").path("200").path("content").path("application/json").path("examples")
                .path("answer").path("value").toString()).contains("citations");
        assertThat(ask.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
        assertThat(paths.path("/api/v1/admin/content/reload").path("post").path("responses").path("200").path("content")
                .path("application/json").path("examples").path("rebuilt").path("value").toString()).contains("passages");
        assertThat(paths.path("/console/export/turns.csv").path("get").path("responses").path("200").path("content")
                .path("text/csv").path("examples").path("csv").path("value").asText()).startsWith("turn_id,");
        assertThat(paths.path("/console/export/examples.yaml").path("get").path("responses").path("200").path("content")
                .path("application/yaml").path("examples").path("yaml").path("value").asText()).contains("examples:");
        JsonNode problem = spec().path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.fieldNames()).toIterable().containsExactlyInAnyOrder("type", "title", "status", "detail");
        // The webhook is signed by LINE, not by a staff account.
        assertThat(spec().has("security")).isFalse();
        assertThat(paths.path("/callback").path("post").path("security")).isEmpty();
        assertThat(ask.path("security").toString()).contains("basicAuth");
    }

    @Test
    void theRedocPageRunsOnlyItsOwnInlineScriptByHash() throws Exception {
        HttpResponse<String> page = get("/redoc/index.html", "c-viewer");
        assertThat(page.code()).isEqualTo(200);
        String csp = page.getHeaders().get("Content-Security-Policy");
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(csp).contains("script-src 'self' 'sha256-" + hash + "'").doesNotContain("script-src 'self' 'unsafe-inline'").contains("frame-ancestors 'none'");
        assertThat(page.body()).contains("/swagger/sso-hotline.yml");
        // The console keeps its strict policy.
        assertThat(get("/console", "c-viewer").getHeaders().get("Content-Security-Policy")).isEqualTo(th.sso.hotline.web.SecurityHeaders.CSP);
    }

    @Test
    void everyErrorUnderApiIsProblemJson() throws IOException {
        Map<String, HttpResponse<String>> cases = Map.of(
                "401 no account", exchange(HttpRequest.POST("/api/v1/ask", "{\"text\":\"hi\"}")),
                "403 viewer reloads", exchange(HttpRequest.POST("/api/v1/admin/content/reload", "").basicAuth("c-viewer", PASSWORD)),
                "404 unknown", exchange(HttpRequest.GET("/api/v1/nothing-here").basicAuth("c-admin", PASSWORD)),
                "405 wrong method", exchange(HttpRequest.GET("/api/v1/ask").basicAuth("c-admin", PASSWORD)),
                "400 bad body", exchange(HttpRequest.POST("/api/v1/ask", "{\"text\":1}").basicAuth("c-admin", PASSWORD)));
        for (Map.Entry<String, HttpResponse<String>> c : cases.entrySet()) {
            HttpResponse<String> r = c.getValue();
            assertThat(r.code()).as(c.getKey()).isEqualTo(Integer.parseInt(c.getKey().substring(0, 3)));
            assertThat(r.getHeaders().get("Content-Type")).as(c.getKey()).startsWith("application/problem+json");
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.path("type").asText()).as(c.getKey()).isEqualTo("about:blank");
            assertThat(body.path("status").asInt()).as(c.getKey()).isEqualTo(r.code());
            assertThat(body.path("title").asText()).as(c.getKey()).isNotBlank();
            assertThat(body.path("detail").asText()).as(c.getKey()).isNotBlank();
            assertThat(body.size()).as(c.getKey()).isEqualTo(4);
        }
    }
}
