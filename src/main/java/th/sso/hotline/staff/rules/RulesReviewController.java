package th.sso.hotline.staff.rules;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import th.sso.hotline.dialogue.StatementReview;
import th.sso.hotline.knowledge.rules.FigureBook;
import th.sso.hotline.knowledge.rules.FigureReview;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.web.Pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What staff should check in the rules the answers quote: figures of {@code intents/rules/figures.yaml} due to change
 * soon, not confirmed by an announcement for a year, or with no value today ({@link FigureReview}); and curated
 * statements (overviews, specific answers) that cite nothing, cite announcements not in the index, or state a figure
 * none of their cited announcements states ({@link StatementReview}).
 */
@Controller("/console/rules")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class RulesReviewController {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final FigureBook figures;
    private final StatementReview statements;
    private final Clock clock;

    RulesReviewController(FigureBook figures, StatementReview statements, Clock clock) {
        this.figures = figures;
        this.statements = statements;
        this.clock = clock;
    }

    @Get
    ModelAndView<Map<String, Object>> page(Authentication who) {
        LocalDate today = LocalDate.now(clock.withZone(BANGKOK));
        Map<String, Object> model = Pages.model(who, "rules");
        model.put("today", today);
        model.put("figures", FigureReview.findings(figures, today));
        model.put("statements", statements.findings());
        model.put("staleYears", FigureReview.STALE_AFTER.getYears());
        model.put("dueDays", FigureReview.DUE_WITHIN.getDays());
        return new ModelAndView<>("rules", model);
    }
}
