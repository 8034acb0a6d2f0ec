package th.sso.hotline.staff.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The login page. It opens a session only to hold the login form's CSRF token; the form posts to /login. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

    private static final Set<String> ERRORS = Set.of("credentials");

    private final SessionStore<Session> sessions;
    private final CsrfSessions csrf;

    LoginPageController(SessionStore<Session> sessions, CsrfSessions csrf) {
        this.sessions = sessions;
        this.csrf = csrf;
    }

    @Get(uris = {"/login", "/"})
    HttpResponse<?> page(HttpRequest<?> request, @Nullable Authentication authentication,
                         @Nullable @QueryValue String error, @Nullable @QueryValue String bye) {
        if (authentication != null) {
            return HttpResponse.seeOther(URI.create(StaffLoginHandler.HOME));
        }
        Session session = SessionForRequest.findOrCreate(request, sessions);
        String token = csrf.current(session);
        if (token == null) {
            token = csrf.issue(request, session);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("csrfToken", token);
        model.put("error", error != null && ERRORS.contains(error) ? error : null);
        model.put("bye", bye != null);
        return HttpResponse.ok(new ModelAndView<>("login", model));
    }
}
