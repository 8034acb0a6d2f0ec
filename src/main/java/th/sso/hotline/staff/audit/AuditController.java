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

import java.util.Map;
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

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Get
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String action, @Nullable @QueryValue Integer page,
                                           Authentication who) {
        int p = page == null || page < 1 ? 1 : Math.min(page, MAX_PAGE);
        Map<String, Object> model = Pages.model(who, "audit");
        model.put("entries", audit.page(action, (p - 1) * PAGE_SIZE, PAGE_SIZE + 1));
        model.put("action", action == null ? "" : action);
        model.put("actions", audit.actions());
        model.put("pageNo", p);
        model.put("pageSize", PAGE_SIZE);
        return new ModelAndView<>("audit", model);
    }
}
