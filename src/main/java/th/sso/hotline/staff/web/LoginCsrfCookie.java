package th.sso.hotline.staff.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.csrf.repository.CsrfTokenRepository;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The login form's CSRF token without a session: the login page sets it in a short-lived HttpOnly, SameSite=Strict
 * cookie and in the form (signed by micronaut-security-csrf's HMAC generator); the CSRF filter accepts a post to
 * {@code /login} (or {@code /logout}, harmless without a session) whose form token equals the cookie's. So an anonymous visitor costs no session row, and
 * every other form still needs the token kept in the signed-in session.
 */
@Singleton
public class LoginCsrfCookie implements CsrfTokenRepository<HttpRequest<?>> {

    public static final String NAME = "HOTLINE_LOGIN_CSRF";
    /** The forms a visitor without a session may post. */
    static final Set<String> PATHS = Set.of("/login", "/logout");

    @Override
    public Optional<String> findCsrfToken(HttpRequest<?> request) {
        if (!PATHS.contains(request.getPath())) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    static Cookie cookie(String token, boolean secure) {
        return Cookie.of(NAME, token).path("/").httpOnly(true).secure(secure).sameSite(SameSite.Strict)
                .maxAge(Duration.ofHours(1));
    }
}
