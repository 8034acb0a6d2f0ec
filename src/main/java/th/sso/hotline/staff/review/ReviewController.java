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
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.staff.Role;
import th.sso.hotline.audit.AuditLog;
import th.sso.hotline.staff.console.ConsoleProperties;
import th.sso.hotline.staff.web.Pages;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reviewing bot answers (agents and admins) and the training inbox (every staff member reads it, agents act on it):
 * gaps, low-confidence answers without an intent and correct refusals, grouped, unreviewed ones only by default;
 * a whole group is assigned an intent or marked fine in one step.
 */
@Controller("/console")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController {

    private static final Set<String> VERDICTS = Set.of("right", "wrong");
    private static final int UNANSWERED_LIMIT = 3000;
    private static final int BULK_LIMIT = UNANSWERED_LIMIT;
    private static final Set<String> INBOX_NOTICES = Set.of("assigned", "fine", "invalid");

    private final ReviewRepository reviews;
    private final IntentCatalog catalog;
    private final AuditLog audit;
    private final UnansweredGroups grouper;
    private final ConsoleProperties properties;
    private final Clock clock;

    ReviewController(ReviewRepository reviews, IntentCatalog catalog, AuditLog audit, TextNormalizer normalizer,
                     ConsoleProperties properties, Clock clock) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.audit = audit;
        this.grouper = new UnansweredGroups(normalizer, 0.45);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One turn's verdict. "Right" means the bot's own intent was right, so choosing another intent with it is a
     * contradiction: it is refused with a notice rather than saved as something the reviewer did not choose.
     */
    @Post(uri = "/turns/{id}/review", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.AGENT_ROLE)
    HttpResponse<?> review(@PathVariable long id, @Nullable String verdict, @Nullable String correctIntent,
                           @Nullable String note, Authentication who) {
        ReviewRepository.TurnRef turn = reviews.turn(id).orElse(null);
        if (turn == null) {
            return HttpResponse.notFound();
        }
        String intent = correctIntent == null || correctIntent.isBlank() ? null : correctIntent.strip();
        if (verdict == null || !VERDICTS.contains(verdict) || (intent != null && !catalog.contains(intent))) {
            return HttpResponse.badRequest("verdict must be right or wrong, and the intent one of the catalogue");
        }
        if ("right".equals(verdict) && intent != null && !intent.equals(turn.intent())) {
            return HttpResponse.seeOther(URI.create("/console/conversations/" + turn.conversationId()
                    + "?notice=review_conflict#turn-" + id));
        }
        String saved = "wrong".equals(verdict) ? intent : null;
        reviews.save(id, who.getName(), verdict, saved, cut(note), clock.instant());
        audit.record(who.getName(), "review", "turn:" + id, verdict + (saved == null ? "" : " -> " + saved));
        return HttpResponse.seeOther(URI.create("/console/conversations/" + turn.conversationId() + "#turn-" + id));
    }

    @Get("/unanswered")
    ModelAndView<Map<String, Object>> unanswered(@Nullable @QueryValue String days, @Nullable @QueryValue String show,
                                                 @Nullable @QueryValue String notice, Authentication who) {
        int window = days(days);
        boolean all = "all".equals(show);
        Instant from = clock.instant().minus(window, ChronoUnit.DAYS);
        List<ReviewRepository.Unanswered> inbox = reviews.inbox(from, properties.getLowConfidence(), UNANSWERED_LIMIT);
        List<UnansweredGroups.Group> groups = grouper.group(all ? inbox
                : inbox.stream().filter(q -> !q.reviewed()).toList());
        Map<String, Object> model = Pages.model(who, "unanswered");
        model.put("days", window);
        model.put("showAll", all);
        Map<String, List<UnansweredGroups.Group>> byKind = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (UnansweredGroups.Kind kind : UnansweredGroups.Kind.values()) {
            List<UnansweredGroups.Group> of = groups.stream().filter(g -> g.kind() == kind).toList();
            byKind.put(kind.name(), of);
            counts.put(kind.name(), of.stream().mapToInt(UnansweredGroups.Group::size).sum());
        }
        model.put("kinds", List.copyOf(byKind.keySet()));
        model.put("byKind", byKind);
        model.put("counts", counts);
        model.put("lowConfidence", properties.getLowConfidence());
        model.put("intents", catalog.all().stream().map(IntentDefinition::id).sorted().toList());
        model.put("personalLeftOut", ExamplesYaml.withPersonalData(reviews.examples(), null));
        model.put("notice", notice != null && INBOX_NOTICES.contains(notice) ? notice : null);
        return new ModelAndView<>("unanswered", model);
    }

    /**
     * A whole group at once: {@code intent} given, each question is recorded as belonging to that intent (a "wrong"
     * review with the correction, so it goes into the YAML export); without, the bot's answer was fine ("right").
     */
    @Post(uri = "/unanswered/review", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.AGENT_ROLE)
    HttpResponse<?> reviewGroup(@Nullable String turns, @Nullable String intent, @Nullable String action,
                                @Nullable String note, @Nullable String days, @Nullable String show,
                                Authentication who) {
        String back = "/console/unanswered?days=" + days(days) + ("all".equals(show) ? "&show=all" : "");
        boolean assign = "assign".equals(action);
        String chosen = intent == null || intent.isBlank() ? null : intent.strip();
        List<Long> ids = reviews.questionTurns(ids(turns));
        if (ids.isEmpty() || (assign && (chosen == null || !catalog.contains(chosen)))) {
            return HttpResponse.seeOther(URI.create(back + "&notice=invalid"));
        }
        Instant now = clock.instant();
        String verdict = assign ? "wrong" : "right";
        for (Long id : ids) {
            reviews.save(id, who.getName(), verdict, assign ? chosen : null, cut(note), now);
        }
        audit.record(who.getName(), "review.group", "turns:" + ids.size(),
                verdict + (assign ? " -> " + chosen : "") + " turns=" + ids);
        return HttpResponse.seeOther(URI.create(back + "&notice=" + (assign ? "assigned" : "fine")));
    }

    /** The group's turn ids, comma-separated (one form field: repeated fields would bind only the first). */
    private static List<Long> ids(String turns) {
        if (turns == null || turns.isBlank()) {
            return List.of();
        }
        try {
            return java.util.Arrays.stream(turns.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                    .map(Long::valueOf).distinct().limit(BULK_LIMIT).toList();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    private static int days(String days) {
        try {
            int d = days == null ? 30 : Integer.parseInt(days.strip());
            return d < 1 || d > 365 ? 30 : d;
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    private static String cut(String note) {
        String clean = note == null || note.isBlank() ? null : note.strip();
        return clean != null && clean.length() > 1000 ? clean.substring(0, 1000) : clean;
    }
}
