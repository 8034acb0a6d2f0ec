package th.sso.hotline.staff.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session for tests: the login form (with its CSRF token), the session cookie, page tokens. */
final class FormSession {

    static final String COOKIE = "HOTLINE_SESSION";
    static final String LOGIN_COOKIE = "HOTLINE_LOGIN_CSRF";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final HttpClient client;
    String cookie;
    /** The login form's CSRF cookie (the login page opens no session). */
    String loginCookie;
    String csrfToken;

    private FormSession(HttpClient client) {
        this.client = client;
    }

    /** Logs in through the login page; the HTTP client must not follow redirects. */
    static FormSession login(HttpClient client, String username, String password) {
        FormSession s = new FormSession(client);
        HttpResponse<String> page = s.send(HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE));
        s.remember(page);
        HttpResponse<String> login = s.post("/login", Map.of("username", username, "password", password));
        if (login.status().getCode() != 303 || !"/console".equals(login.header("Location"))) {
            throw new IllegalStateException("login failed: " + login.status() + " " + login.header("Location"));
        }
        s.remember(s.send(HttpRequest.GET("/console/simulator").accept(MediaType.TEXT_HTML_TYPE)));
        return s;
    }

    static FormSession anonymous(HttpClient client) {
        FormSession s = new FormSession(client);
        s.remember(s.send(HttpRequest.GET("/login").accept(MediaType.TEXT_HTML_TYPE)));
        return s;
    }

    /** The same browser (cookie and CSRF token) sent to another server, as a load balancer may do. */
    FormSession on(HttpClient other) {
        FormSession s = new FormSession(other);
        s.cookie = cookie;
        s.loginCookie = loginCookie;
        s.csrfToken = csrfToken;
        return s;
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrfToken != null && !form.containsKey("csrfToken")) {
            form.put("csrfToken", csrfToken);
        }
        form.values().removeIf(v -> v == null);
        return send(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE, MediaType.ALL_TYPE));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));
    }

    HttpResponse<String> send(MutableHttpRequest<?> request) {
        java.util.List<String> cookies = new java.util.ArrayList<>();
        if (cookie != null) {
            cookies.add(COOKIE + "=" + cookie);
        }
        if (loginCookie != null) {
            cookies.add(LOGIN_COOKIE + "=" + loginCookie);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> r = (HttpResponse<String>) e.getResponse();
            response = r;
        }
        response.getHeaders().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith(COOKIE + "="))
                .findFirst()
                .ifPresent(c -> cookie = value(c, COOKIE));
        response.getHeaders().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith(LOGIN_COOKIE + "="))
                .findFirst()
                .ifPresent(c -> loginCookie = value(c, LOGIN_COOKIE));
        return response;
    }

    private static String value(String setCookie, String name) {
        int end = setCookie.indexOf(';');
        return setCookie.substring(name.length() + 1, end < 0 ? setCookie.length() : end);
    }

    private void remember(HttpResponse<String> page) {
        String body = page.getBody(String.class).orElse("");
        Matcher m = TOKEN.matcher(body);
        if (m.find()) {
            csrfToken = m.group(1);
        }
    }
}
