package th.sso.hotline.staff.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import io.micronaut.security.session.SessionLoginHandler;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;
import th.sso.hotline.audit.AuditLog;
import th.sso.hotline.staff.StaffAuthenticationFailed;

import java.net.URI;

/**
 * Form login: on success a new session (the pre-login one, which only held the login form's CSRF token, is
 * dropped, so a planted session id is worthless) with the account and a new CSRF token; on failure back to the
 * login page with one message for every reason (unknown name, wrong password, locked, disabled, too many attempts),
 * so the page tells nobody which accounts exist. Both are audited, the failure with its real reason.
 */
@Singleton
@Replaces(SessionLoginHandler.class)
class StaffLoginHandler implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    static final String HOME = "/console";

    private final SessionStore<Session> sessions;
    private final CsrfSessions csrf;
    private final AuditLog audit;

    StaffLoginHandler(SessionStore<Session> sessions, CsrfSessions csrf, AuditLog audit) {
        this.sessions = sessions;
        this.csrf = csrf;
        this.audit = audit;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        SessionForRequest.find(request).ifPresent(old -> sessions.deleteSession(old.getId()));
        Session session = SessionForRequest.create(sessions, request);
        session.put(SecurityFilter.AUTHENTICATION, authentication);
        csrf.issue(request, session);
        audit.record(authentication.getName(), "login", null, null);
        return HttpResponse.seeOther(URI.create(HOME)).cookie(
                Cookie.of(LoginFormCsrf.COOKIE, "").path(LoginFormCsrf.PATH).httpOnly(true).maxAge(0));
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken,
                                               HttpRequest<?> request) {
        throw new UnsupportedOperationException("session logins have no refresh");
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        String reason = "credentials";
        if (failure instanceof AuthenticationFailed f) {
            reason = switch (f.getReason()) {
                case ACCOUNT_LOCKED -> "locked";
                case USER_DISABLED -> "disabled";
                case USER_NOT_FOUND -> "unknown";
                default -> "credentials";
            };
        }
        // The account aimed at, so an admin can see who is being guessed at; never the submitted name of a
        // non-existent account (it may be a password typed into the wrong field).
        String target = failure instanceof StaffAuthenticationFailed f ? f.target() : StaffAuthenticationFailed.UNKNOWN;
        audit.record("anonymous", "login.failed", target, reason);
        return HttpResponse.seeOther(URI.create("/login?error=credentials"));
    }
}
