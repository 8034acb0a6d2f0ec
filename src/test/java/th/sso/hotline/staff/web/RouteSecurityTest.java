package th.sso.hotline.staff.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the Router knows is either public (LINE's webhook, health, metrics, the login and logout
 * endpoints and the login page) or refuses a request without an account, and refuses an account whose role is
 * too low. Routes not named below are still checked: they must at least require an authenticated account.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteSecurityTest implements TestPropertyProvider {

    enum Access { PUBLIC, VIEWER, AGENT, ADMIN }

    static final String PASSWORD = "route-test-password";

    /** Routes that need more than any authenticated account, or none. */
    static final Map<String, Access> EXPECTED = Map.ofEntries(
            Map.entry("POST /callback", Access.PUBLIC),
            Map.entry("GET /health", Access.PUBLIC),
            Map.entry("GET /health/{selector}", Access.PUBLIC),
            Map.entry("GET /prometheus", Access.ADMIN),
            Map.entry("GET /login", Access.PUBLIC),
            Map.entry("GET /", Access.PUBLIC),
            Map.entry("GET /static/v-{v}/{+path}", Access.PUBLIC),
            Map.entry("GET /favicon.ico", Access.PUBLIC),
            Map.entry("POST /login", Access.PUBLIC),
            // Logging out needs a session and its CSRF token: an anonymous post is refused. It sorts last, so the
            // viewer session it ends is not needed again.
            Map.entry("POST /logout", Access.VIEWER),
            Map.entry("GET /logout", Access.PUBLIC),
            Map.entry("POST /console/turns/{id}/review", Access.AGENT),
            Map.entry("POST /console/conversations/{id}/take", Access.AGENT),
            Map.entry("POST /console/conversations/{id}/reply", Access.AGENT),
            Map.entry("POST /console/conversations/{id}/release", Access.AGENT),
            Map.entry("POST /console/conversations/{id}/dismiss", Access.AGENT),
            Map.entry("GET /console/replies", Access.AGENT),
            Map.entry("POST /console/replies", Access.AGENT),
            Map.entry("POST /console/replies/{id}", Access.AGENT),
            Map.entry("POST /console/replies/{id}/delete", Access.AGENT),
            Map.entry("POST /console/unanswered/review", Access.AGENT),
            Map.entry("GET /console/export/turns.csv", Access.AGENT),
            Map.entry("POST /console/accounts/{id}/unlock", Access.ADMIN),
            Map.entry("POST /console/conversations/{id}/erase", Access.ADMIN),
            Map.entry("GET /console/accounts", Access.ADMIN),
            Map.entry("POST /console/accounts", Access.ADMIN),
            Map.entry("POST /console/accounts/{id}/role", Access.ADMIN),
            Map.entry("POST /console/accounts/{id}/enabled", Access.ADMIN),
            Map.entry("POST /console/accounts/{id}/password", Access.ADMIN),
            Map.entry("GET /console/audit", Access.ADMIN),
            Map.entry("POST /api/v1/admin/content/reload", Access.ADMIN));

    /** Routes that must exist (so a renamed route cannot slip out of the table above unnoticed). */
    static final Set<String> MUST_EXIST = Set.of("GET /console", "GET /console/conversations",
            "GET /console/conversations/{id}", "GET /console/unanswered", "GET /console/handoffs",
            "GET /console/simulator", "POST /console/simulator/ask", "POST /console/simulator/choose",
            "GET /console/export/turns.csv", "GET /console/export/examples.yaml", "POST /api/v1/ask",
            "GET /console/live", "GET /console/handoffs/queue", "GET /console/conversations/{id}/turns");

    @Inject Router router;
    @Inject @Client("/") HttpClient client;
    @Inject StaffAccounts accounts;
    @Inject PasswordHasher hasher;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = StaffTestProperties.h2();
        p.put("micronaut.http.client.follow-redirects", "false");
        // The live desk's event stream ends after this, so a plain GET of it returns.
        p.put("hotline.console.live.stream-max", "1s");
        return p;
    }

    final Map<String, FormSession> sessions = new java.util.HashMap<>();

    @BeforeAll
    void accounts() {
        String hash = hasher.hash(PASSWORD);
        accounts.create("r-viewer", hash, Role.VIEWER);
        accounts.create("r-agent", hash, Role.AGENT);
        accounts.create("r-admin", hash, Role.ADMIN);
        for (String user : List.of("r-viewer", "r-agent", "r-admin")) {
            sessions.put(user, FormSession.login(client, user, PASSWORD));
        }
    }

    @Test
    void everyRouteIsPublicOnPurposeOrNeedsTheRightRole() throws Exception {
        Set<String> routes = new TreeSet<>();
        router.uriRoutes().forEach(r -> routes.add(key(r)));
        assertThat(routes).containsAll(MUST_EXIST);
        assertThat(routes).containsAll(EXPECTED.keySet().stream()
                .filter(k -> !k.startsWith("GET /health/") && !k.equals("GET /logout")).toList());

        List<String> failures = new ArrayList<>();
        for (String route : routes) {
            Access access = EXPECTED.getOrDefault(route.replaceFirst("^HEAD ", "GET "), Access.VIEWER);
            int anonymous = status(route, null);
            if (access == Access.PUBLIC) {
                check(failures, route, "anonymous", anonymous, anonymous != 401 && anonymous != 403);
                continue;
            }
            check(failures, route, "anonymous", anonymous, anonymous == 401);
            Access below = Access.values()[access.ordinal() - 1];
            if (below != Access.PUBLIC) {
                int low = status(route, "r-" + below.name().toLowerCase());
                check(failures, route, below.name(), low, low == 403);
            }
            int allowed = status(route, "r-" + access.name().toLowerCase());
            check(failures, route, access.name(), allowed, allowed != 401 && allowed != 403);
        }
        assertThat(failures).as("routes with the wrong access").isEmpty();
        assertThat(routes.size()).isGreaterThan(25);
    }

    @Test
    void staticAssetsArePublicAndPagesRedirectBrowsersToLogin() {
        assertThat(client.toBlocking().exchange(HttpRequest.GET("/static/console.js"), String.class).status().getCode())
                .isEqualTo(200);
        assertThat(client.toBlocking().exchange(
                HttpRequest.GET("/webjars/bootstrap/5.3.3/dist/css/bootstrap.min.css"), String.class).status().getCode())
                .isEqualTo(200);
        HttpResponse<?> redirect = exchange(HttpRequest.GET("/console/conversations").accept(MediaType.TEXT_HTML_TYPE));
        assertThat(redirect.status().getCode()).isEqualTo(303);
        assertThat(redirect.header("Location")).isEqualTo("/login");
        assertThat(status("GET /api/v1/ask", null)).isIn(401, 405);
    }

    private static void check(List<String> failures, String route, String who, int status, boolean ok) {
        if (!ok) {
            failures.add(route + " as " + who + " -> " + status);
        }
    }

    /**
     * The status of one request to the route: GETs with HTTP Basic (as evaluation tools do), JSON posts to the
     * API with HTTP Basic, form posts from a logged-in session with its CSRF token (as the console's pages do),
     * LINE's webhook signed. Anonymous form posts carry no token: security must refuse them before CSRF does.
     */
    private int status(String route, String user) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
        if (method.equals("POST") && !path.equals("/callback") && !path.startsWith("/api/")) {
            FormSession session = user == null ? FormSession.anonymous(client) : sessions.get(user);
            HttpResponse<String> response = session.post(path, Map.of("x", "1"));
            // A browser without an account is sent to the login page: that is the refusal for form posts.
            boolean toLogin = response.status().getCode() == 303 && "/login".equals(response.header("Location"));
            return toLogin ? 401 : response.status().getCode();
        }
        MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.valueOf(method), path).accept(MediaType.ALL_TYPE);
        if (method.equals("POST")) {
            String body = path.equals("/callback") ? "{\"destination\":\"U\",\"events\":[]}" : "{}";
            ((MutableHttpRequest<Object>) request).body(body);
            request.contentType(MediaType.APPLICATION_JSON_TYPE);
            if (path.equals("/callback")) {
                request.header("X-Line-Signature", sign(body));
            }
        }
        if (user != null) {
            request.basicAuth(user, PASSWORD);
        }
        return exchange(request).status().getCode();
    }

    private HttpResponse<?> exchange(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    private static String key(UriRouteInfo<?, ?> route) {
        String template = route.getUriMatchTemplate().toString();
        return route.getHttpMethod().name() + " " + (template.length() > 1 && template.endsWith("/")
                ? template.substring(0, template.length() - 1) : template);
    }

    private static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("staff-test-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
