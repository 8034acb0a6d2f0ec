package th.sso.hotline.staff.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.session.Session;
import jakarta.inject.Singleton;

/**
 * Puts a fresh CSRF token into a server-side session (synchronizer token pattern). The CSRF filter of
 * micronaut-security-csrf compares the token of every form post with the one kept here.
 */
@Singleton
public class CsrfSessions {

    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final CsrfConfiguration configuration;

    CsrfSessions(CsrfTokenGenerator<HttpRequest<?>> generator, CsrfConfiguration configuration) {
        this.generator = generator;
        this.configuration = configuration;
    }

    public String issue(HttpRequest<?> request, Session session) {
        String token = generator.generateCsrfToken(request);
        session.put(configuration.getHttpSessionName(), token);
        return token;
    }

    public String current(Session session) {
        return session.get(configuration.getHttpSessionName(), String.class).orElse(null);
    }
}
