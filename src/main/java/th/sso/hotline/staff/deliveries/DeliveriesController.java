package th.sso.hotline.staff.deliveries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.web.Pages;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Events the service could not answer (poison, undelivered): supervisors follow them up by hand. */
@Controller("/console/deliveries")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class DeliveriesController {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE = 100_000;
    static final Duration WINDOW = Duration.ofDays(30);

    private final DeliveryProblems problems;
    private final Clock clock;

    DeliveriesController(DeliveryProblems problems, Clock clock) {
        this.problems = problems;
        this.clock = clock;
    }

    @Get
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue Integer page, Authentication who) {
        int p = page == null || page < 1 ? 1 : Math.min(page, MAX_PAGE);
        var from = clock.instant().minus(WINDOW);
        Map<String, Object> model = Pages.model(who, "deliveries");
        model.put("problems", problems.since(from, (p - 1) * PAGE_SIZE, PAGE_SIZE + 1));
        model.put("total", problems.countSince(from));
        model.put("days", WINDOW.toDays());
        model.put("pageNo", p);
        model.put("pageSize", PAGE_SIZE);
        return new ModelAndView<>("deliveries", model);
    }
}
