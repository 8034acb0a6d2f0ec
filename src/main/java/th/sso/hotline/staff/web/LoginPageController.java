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
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The login page. It opens no session: the form's CSRF token rides in a cookie ({@link LoginFormCsrf}). */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

    private static final Set<String> ERRORS = Set.of("credentials");

    private final LoginFormCsrf loginCsrf;

    LoginPageController(LoginFormCsrf loginCsrf) {
        this.loginCsrf = loginCsrf;
    }

    @Get(uris = {"/login", "/"})
    HttpResponse<?> page(HttpRequest<?> request, @Nullable Authentication authentication,
                         @Nullable @QueryValue String error, @Nullable @QueryValue String bye) {
        if (authentication != null) {
            return HttpResponse.seeOther(URI.create(StaffLoginHandler.HOME));
        }
        LoginFormCsrf.Issued csrf = loginCsrf.issue(request);
        Map<String, Object> model = new HashMap<>();
        model.put("csrfToken", csrf.token());
        model.put("error", error != null && ERRORS.contains(error) ? error : null);
        model.put("bye", bye != null);
        return HttpResponse.ok(new ModelAndView<>("login", model)).cookie(csrf.cookie());
    }
}
