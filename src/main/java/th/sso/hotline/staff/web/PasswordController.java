package th.sso.hotline.staff.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.session.http.SessionForRequest;
import io.micronaut.views.ModelAndView;
import th.sso.hotline.staff.PasswordHasher;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.StaffAccount;
import th.sso.hotline.staff.StaffAccounts;
import th.sso.hotline.audit.AuditLog;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Any signed-in staff member changes their own password here; a must-change sign-in is sent here first. */
@Controller("/console/password")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordController {

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final AuditLog audit;

    PasswordController(StaffAccounts accounts, PasswordHasher hasher, AuditLog audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
    }

    @Get
    ModelAndView<Map<String, Object>> form(Authentication who) {
        return page(who, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, @Nullable String current, @Nullable String password,
                           @Nullable String repeat, Authentication who) {
        StaffAccount account = accounts.find(who.getName()).orElse(null);
        if (account == null || current == null || !hasher.matches(current, account.passwordHash())) {
            return HttpResponse.ok(page(who, "password.error.current"));
        }
        if (password == null || password.length() < StaffAccounts.MIN_PASSWORD) {
            return HttpResponse.ok(page(who, "accounts.error.password"));
        }
        if (!password.equals(repeat)) {
            return HttpResponse.ok(page(who, "password.error.repeat"));
        }
        if (password.equals(current)) {
            return HttpResponse.ok(page(who, "password.error.same"));
        }
        accounts.changeOwnPassword(who.getName(), hasher.hash(password));
        Map<String, Object> attributes = new HashMap<>(who.getAttributes());
        attributes.remove(StaffAccount.MUST_CHANGE_PASSWORD);
        SessionForRequest.find(request).ifPresent(s -> s.put(SecurityFilter.AUTHENTICATION,
                Authentication.build(who.getName(), who.getRoles(), attributes)));
        audit.record(who.getName(), "account.password.own", "account:" + who.getName(), null);
        return HttpResponse.seeOther(URI.create("/console"));
    }

    private ModelAndView<Map<String, Object>> page(Authentication who, String error) {
        Map<String, Object> model = Pages.model(who, "password");
        model.put("error", error);
        model.put("mustChange", Boolean.TRUE.equals(who.getAttributes().get(StaffAccount.MUST_CHANGE_PASSWORD)));
        model.put("minPassword", StaffAccounts.MIN_PASSWORD);
        return new ModelAndView<>("password", model);
    }
}
