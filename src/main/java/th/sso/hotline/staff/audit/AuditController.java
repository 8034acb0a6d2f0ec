package th.sso.hotline.staff.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.web.Pages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import th.sso.hotline.staff.StaffAccount;
import th.sso.hotline.staff.StaffAccounts;
import th.sso.hotline.audit.AuditLog;

/** The audit log, newest first, for admins. */
@Controller("/console/audit")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.ADMIN_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    static final int PAGE_SIZE = 50;
    /** Pages past this are shown as this one (empty): an absurd page number is no reason for an error. */
    static final int MAX_PAGE = 100_000;

    private static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    private final AuditLog audit;
    private final StaffAccounts accounts;

    AuditController(AuditLog audit, StaffAccounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    /** An ISO date (what a date input sends), or null when absent or not a date. */
    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Filters: action, user (who acted or which account was acted on), Bangkok dates {@code from}..{@code to}. */
    @Get
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String action, @Nullable @QueryValue Integer page,
                                           @Nullable @QueryValue String user, @Nullable @QueryValue String from,
                                           @Nullable @QueryValue String to, Authentication who) {
        int p = page == null || page < 1 ? 1 : Math.min(page, MAX_PAGE);
        LocalDate fromDay = date(from);
        LocalDate toDay = date(to);
        String u = user == null || user.isBlank() ? null : user.strip();
        Map<String, Object> model = Pages.model(who, "audit");
        model.put("entries", audit.page(action, u, fromDay == null ? null : fromDay.atStartOfDay(ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZONE).toInstant(), (p - 1) * PAGE_SIZE,
                PAGE_SIZE + 1));
        model.put("action", action == null ? "" : action);
        model.put("filterUser", u == null ? "" : u);
        model.put("from", fromDay == null ? "" : fromDay.toString());
        model.put("to", toDay == null ? "" : toDay.toString());
        model.put("users", accounts.all().stream().map(StaffAccount::username).toList());
        model.put("actions", audit.actions());
        model.put("pageNo", p);
        model.put("pageSize", PAGE_SIZE);
        return new ModelAndView<>("audit", model);
    }
}
