package th.sso.hotline.staff.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.staff.Role;
import th.sso.hotline.audit.AuditLog;
import th.sso.hotline.staff.web.Pages;

import java.time.Clock;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/** Reviewing bot answers (agents and admins) and the unanswered-questions view (every staff member). */
@Controller("/console")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController {

    private static final Set<String> VERDICTS = Set.of("right", "wrong");
    private static final int UNANSWERED_LIMIT = 3000;

    private final ReviewRepository reviews;
    private final IntentCatalog catalog;
    private final AuditLog audit;
    private final UnansweredGroups grouper;
    private final Clock clock;


    ReviewController(ReviewRepository reviews, IntentCatalog catalog, AuditLog audit, TextNormalizer normalizer, Clock clock) {
        this.clock = clock;
        this.reviews = reviews;
        this.catalog = catalog;
        this.audit = audit;
        this.grouper = new UnansweredGroups(normalizer, 0.45);
    }

    @Post(uri = "/turns/{id}/review", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.AGENT_ROLE)
    HttpResponse<?> review(@PathVariable long id, @Nullable String verdict, @Nullable String correctIntent,
                           @Nullable String note, Authentication who) {
        Long conversation = reviews.conversationOf(id).orElse(null);
        if (conversation == null) {
            return HttpResponse.notFound();
        }
        String intent = correctIntent == null || correctIntent.isBlank() ? null : correctIntent.strip();
        if (verdict == null || !VERDICTS.contains(verdict) || (intent != null && !catalog.contains(intent))) {
            return HttpResponse.badRequest("verdict must be right or wrong, and the intent one of the catalogue");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            cleanNote = cleanNote.substring(0, 1000);
        }
        reviews.save(id, who.getName(), verdict, "wrong".equals(verdict) ? intent : null, cleanNote, clock.instant());
        audit.record(who.getName(), "review", "turn:" + id, verdict + (intent == null ? "" : " -> " + intent));
        return HttpResponse.seeOther(URI.create("/console/conversations/" + conversation + "#turn-" + id));
    }

    @Get("/unanswered")
    ModelAndView<Map<String, Object>> unanswered(@Nullable @QueryValue Integer days, Authentication who) {
        int window = days == null || days < 1 || days > 365 ? 30 : days;
        Instant from = clock.instant().minus(window, ChronoUnit.DAYS);
        Map<String, Object> model = Pages.model(who, "unanswered");
        model.put("days", window);
        model.put("groups", grouper.group(reviews.unanswered(from, UNANSWERED_LIMIT)));
        return new ModelAndView<>("unanswered", model);
    }
}
