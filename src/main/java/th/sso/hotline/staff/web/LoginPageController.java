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
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.views.ModelAndView;

import th.sso.hotline.staff.StaffProperties;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The login page. It opens no session: the form's CSRF token travels in a cookie ({@link LoginCsrfCookie}), so
 * anonymous visitors (and scanners hitting {@code /}) write nothing to the database. The page shows one message for
 * any failed sign-in.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

    private static final Set<String> ERRORS = Set.of("credentials");

    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final StaffProperties properties;

    LoginPageController(CsrfTokenGenerator<HttpRequest<?>> generator, StaffProperties properties) {
        this.generator = generator;
        this.properties = properties;
    }

    @Get(uris = {"/login", "/"})
    HttpResponse<?> page(HttpRequest<?> request, @Nullable Authentication authentication,
                         @Nullable @QueryValue String error, @Nullable @QueryValue String bye) {
        if (authentication != null) {
            return HttpResponse.seeOther(URI.create(StaffLoginHandler.HOME));
        }
        // The token already in the visitor's cookie stays: the browser also fetches other things (a favicon that
        // redirects here) while the form is open, and a new token each time would make the form's one stale.
        String token = request.getCookies().findCookie(LoginCsrfCookie.NAME).map(c -> c.getValue())
                .filter(v -> !v.isBlank() && v.length() < 200)
                .orElseGet(() -> generator.generateCsrfToken(request));
        Map<String, Object> model = new HashMap<>();
        model.put("csrfToken", token);
        model.put("error", error != null && ERRORS.contains(error) ? error : null);
        model.put("bye", bye != null);
        return HttpResponse.ok(new ModelAndView<>("login", model))
                .cookie(LoginCsrfCookie.cookie(token, ClientAddress.secure(request, properties)));
    }
}
