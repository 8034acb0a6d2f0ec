package th.sso.hotline.staff.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.repository.CsrfTokenRepository;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * The login form's CSRF token lives in a cookie instead of a server-side session (double-submit cookie), so an
 * anonymous visit to the login page writes nothing to the database. The cookie is HttpOnly, SameSite=Strict and
 * scoped to {@code /login}; micronaut-security's CSRF filter accepts it only for the login form's POST, where it
 * must equal the form's {@code csrfToken}. Every other form keeps the session-bound token.
 */
@Singleton
public class LoginFormCsrf implements CsrfTokenRepository<HttpRequest<?>> {

    public static final String COOKIE = "HOTLINE_LOGIN_CSRF";
    static final String PATH = "/login";
    private static final Duration LIFETIME = Duration.ofHours(2);

    private final CsrfTokenGenerator<HttpRequest<?>> generator;

    LoginFormCsrf(CsrfTokenGenerator<HttpRequest<?>> generator) {
        this.generator = generator;
    }

    /** A fresh token for the form, and the cookie that carries the same token back. */
    Issued issue(HttpRequest<?> request) {
        String token = generator.generateCsrfToken(request);
        Cookie cookie = Cookie.of(COOKIE, token).path(PATH).httpOnly(true).sameSite(SameSite.Strict)
                .maxAge(LIFETIME);
        return new Issued(token, cookie);
    }

    @Override
    public Optional<String> findCsrfToken(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || !PATH.equals(request.getPath())) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    record Issued(String token, Cookie cookie) {
    }
}
