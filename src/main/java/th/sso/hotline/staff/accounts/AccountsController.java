package th.sso.hotline.staff.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import th.sso.hotline.staff.PasswordHasher;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.StaffAccount;
import th.sso.hotline.staff.StaffAccounts;
import th.sso.hotline.audit.AuditLog;
import th.sso.hotline.staff.session.AccountSessions;
import th.sso.hotline.staff.web.Pages;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Admins manage staff accounts: create, change role, disable or enable, reset a password (a random one, shown
 * once; it ends the account's sessions, as disabling does). An admin cannot demote or disable their own account, so the console always keeps an admin.
 */
@Controller("/console/accounts")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.ADMIN_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountsController {

    static final int MIN_PASSWORD = StaffAccounts.MIN_PASSWORD;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final AccountSessions sessions;
    private final SecureRandom random = new SecureRandom();

    AccountsController(StaffAccounts accounts, PasswordHasher hasher, AuditLog audit, AccountSessions sessions) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Get
    ModelAndView<Map<String, Object>> list(Authentication who) {
        return page(who, null, null, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> create(@Nullable String username, @Nullable String password,
                                             @Nullable String role, Authentication who) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Role r = role(role);
        if (!USERNAME.matcher(name).matches() || r == null) {
            return page(who, "accounts.error.username", null, null);
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            return page(who, "accounts.error.password", null, null);
        }
        if (!accounts.create(name, hasher.hash(password), r)) {
            return page(who, "accounts.error.exists", null, null);
        }
        audit.record(who.getName(), "account.create", "account:" + name, "role=" + r.code());
        return page(who, null, "accounts.done.created", null);
    }

    @Post(uri = "/{id}/role", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> changeRole(@PathVariable long id, @Nullable String role, Authentication who) {
        StaffAccount account = accounts.find(id).orElse(null);
        Role r = role(role);
        if (account == null || r == null || account.username().equals(who.getName())) {
            return page(who, "accounts.error.self", null, null);
        }
        accounts.setRole(id, r);
        audit.record(who.getName(), "account.role", "account:" + account.username(), account.role().code() + " -> " + r.code());
        return page(who, null, "accounts.saved", null);
    }

    @Post(uri = "/{id}/enabled", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> enable(@PathVariable long id, @Nullable String enabled, Authentication who) {
        StaffAccount account = accounts.find(id).orElse(null);
        if (account == null || account.username().equals(who.getName())) {
            return page(who, "accounts.error.self", null, null);
        }
        boolean disable = !"true".equals(enabled);
        accounts.setDisabled(id, disable);
        if (disable) {
            sessions.endAll(account.username());
        }
        audit.record(who.getName(), disable ? "account.disable" : "account.enable", "account:" + account.username(), null);
        return page(who, null, "accounts.saved", null);
    }

    /** Ends a lock-out before it runs out (the colleague called to say it was them). */
    @Post(uri = "/{id}/unlock", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> unlock(@PathVariable long id, Authentication who) {
        StaffAccount account = accounts.find(id).orElse(null);
        if (account == null) {
            return page(who, "accounts.error.missing", null, null);
        }
        accounts.unlock(id);
        audit.record(who.getName(), "account.unlock", "account:" + account.username(),
                "failed_logins=" + account.failedLogins());
        return page(who, null, "accounts.unlocked", null);
    }

    /**
     * A reset ends the account's sessions and locks its holder out until they get the new password, so the first
     * post only asks to confirm; the reset happens with {@code confirm=true}.
     */
    @Post(uri = "/{id}/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> resetPassword(@PathVariable long id, @Nullable String confirm,
                                                    Authentication who) {
        StaffAccount account = accounts.find(id).orElse(null);
        if (account == null) {
            return page(who, "accounts.error.missing", null, null);
        }
        if (!"true".equals(confirm)) {
            ModelAndView<Map<String, Object>> ask = page(who, null, null, null);
            ask.getModel().ifPresent(m -> m.put("confirmReset", account));
            return ask;
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.setPassword(id, hasher.hash(password));
        // Whoever knew the old password may be signed in with it: every session of the account ends.
        sessions.endAll(account.username());
        audit.record(who.getName(), "account.password", "account:" + account.username(), null);
        return page(who, null, "accounts.reset", Map.of("username", account.username(), "password", password));
    }

    private ModelAndView<Map<String, Object>> page(Authentication who, String error, String done,
                                                   Map<String, String> newPassword) {
        Map<String, Object> model = Pages.model(who, "accounts");
        model.put("accounts", accounts.all());
        model.put("roles", Arrays.stream(Role.values()).map(Role::code).toList());
        model.put("error", error);
        model.put("done", done);
        model.put("newPassword", newPassword);
        model.put("minPassword", MIN_PASSWORD);
        return new ModelAndView<>("accounts", model);
    }

    private static Role role(String code) {
        try {
            return code == null ? null : Role.fromCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
