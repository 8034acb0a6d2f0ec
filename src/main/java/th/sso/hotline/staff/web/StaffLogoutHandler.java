package th.sso.hotline.staff.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.session.SessionLogoutHandler;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Logout ends the whole session, not only its sign-in: the session filter then deletes it from the database
 * (on every replica at once) and clears the browser's cookie before the response goes out.
 */
@Singleton
@Replaces(SessionLogoutHandler.class)
class StaffLogoutHandler extends SessionLogoutHandler {

    StaffLogoutHandler(RedirectConfiguration redirectConfiguration, RedirectService redirectService) {
        super(redirectConfiguration, redirectService);
    }

    @Override
    public MutableHttpResponse<?> logout(HttpRequest<?> request) {
        MutableHttpResponse<?> response = super.logout(request);
        SessionForRequest.find(request).ifPresent(session -> session.setMaxInactiveInterval(Duration.ZERO));
        return response;
    }
}
