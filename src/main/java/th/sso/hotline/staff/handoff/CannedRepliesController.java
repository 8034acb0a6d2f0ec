package th.sso.hotline.staff.handoff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import th.sso.hotline.audit.AuditLog;
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.web.Pages;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/** Agents and admins keep the desk's canned replies: add, edit, delete. Every change is audited. */
@Controller("/console/replies")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.AGENT_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class CannedRepliesController {

    private static final Set<String> LANGS = Set.of("th", "en");
    private static final Set<String> NOTICES = Set.of("saved", "deleted", "invalid");

    private final CannedReplies replies;
    private final AuditLog audit;
    private final Clock clock;

    CannedRepliesController(CannedReplies replies, AuditLog audit, Clock clock) {
        this.replies = replies;
        this.audit = audit;
        this.clock = clock;
    }

    @Get
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String notice, Authentication who) {
        Map<String, Object> model = Pages.model(who, "handoffs");
        model.put("replies", replies.all("th"));
        model.put("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        model.put("maxTitle", CannedReplies.MAX_TITLE);
        model.put("maxBody", CannedReplies.MAX_BODY);
        return new ModelAndView<>("replies", model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Nullable String lang, @Nullable String title, @Nullable String body, Authentication who) {
        if (!valid(lang, title, body)) {
            return back("invalid");
        }
        replies.create(lang, title.strip(), body.strip(), who.getName(), clock.instant());
        audit.record(who.getName(), "canned.create", null, title.strip());
        return back("saved");
    }

    @Post(uri = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Nullable String lang, @Nullable String title, @Nullable String body,
                           Authentication who) {
        if (!valid(lang, title, body)) {
            return back("invalid");
        }
        if (!replies.update(id, lang, title.strip(), body.strip(), who.getName(), clock.instant())) {
            return HttpResponse.notFound();
        }
        audit.record(who.getName(), "canned.update", "canned:" + id, title.strip());
        return back("saved");
    }

    @Post(uri = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable long id, Authentication who) {
        if (!replies.delete(id)) {
            return HttpResponse.notFound();
        }
        audit.record(who.getName(), "canned.delete", "canned:" + id, null);
        return back("deleted");
    }

    private static boolean valid(String lang, String title, String body) {
        return lang != null && LANGS.contains(lang) && title != null && !title.isBlank()
                && title.strip().length() <= CannedReplies.MAX_TITLE && body != null && !body.isBlank()
                && body.strip().length() <= CannedReplies.MAX_BODY;
    }

    private static HttpResponse<?> back(String notice) {
        return HttpResponse.seeOther(URI.create("/console/replies?notice=" + notice));
    }
}
