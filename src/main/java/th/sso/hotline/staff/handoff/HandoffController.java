package th.sso.hotline.staff.handoff;

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
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.web.Pages;

import java.time.Clock;
import java.net.URI;
import java.util.Map;
import th.sso.hotline.conversation.OfficeHours;

/** The staff queue, and an agent taking over a chat, replying in it and releasing it to the bot. */
@Controller("/console")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class HandoffController {

    private final DeskQueue queue;
    private final AgentDesk desk;
    private final OfficeHours hours;
    private final Clock clock;

    HandoffController(DeskQueue queue, AgentDesk desk, OfficeHours hours, Clock clock) {
        this.queue = queue;
        this.clock = clock;
        this.desk = desk;
        this.hours = hours;
    }

    @Get("/handoffs")
    ModelAndView<Map<String, Object>> queue(@Nullable @QueryValue String notice, Authentication who) {
        Map<String, Object> model = Pages.model(who, "handoffs");
        model.put("open", queue.entries());
        model.put("officeOpen", hours.isOpen(clock.instant()));
        model.put("notice", "has_push".equals(notice) || "not_held".equals(notice) ? notice : null);
        return new ModelAndView<>("handoffs", model);
    }

    /** The queue's table alone, fetched by the page when the live feed says the desk changed. */
    @Get("/handoffs/queue")
    ModelAndView<Map<String, Object>> queueRows(Authentication who) {
        Map<String, Object> model = Pages.model(who, "handoffs");
        model.put("open", queue.entries());
        return new ModelAndView<>("handoffs-queue", model);
    }

    /** An API or simulator chat leaves the queue: no reply can reach it, so nobody has to answer it. */
    @Post(uri = "/conversations/{id}/dismiss", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.AGENT_ROLE)
    HttpResponse<?> dismiss(@PathVariable long id, Authentication who) {
        AgentDesk.Outcome outcome = desk.dismiss(id, who.getName());
        if (outcome == AgentDesk.Outcome.NOT_FOUND) {
            return HttpResponse.notFound();
        }
        String notice = outcome == AgentDesk.Outcome.DONE ? "" : "?notice=" + outcome.name().toLowerCase();
        return HttpResponse.seeOther(URI.create("/console/handoffs" + notice));
    }

    @Post(uri = "/conversations/{id}/take", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.AGENT_ROLE)
    HttpResponse<?> take(@PathVariable long id, Authentication who) {
        return back(id, desk.take(id, who.getName()));
    }

    @Post(uri = "/conversations/{id}/reply", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.AGENT_ROLE)
    HttpResponse<?> reply(@PathVariable long id, @Nullable String text, Authentication who) {
        return back(id, desk.reply(id, who.getName(), text));
    }

    @Post(uri = "/conversations/{id}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.AGENT_ROLE)
    HttpResponse<?> release(@PathVariable long id, @Nullable String confirm, Authentication who) {
        return back(id, desk.releaseByAgent(id, who.getName(), "true".equals(confirm)));
    }

    private static HttpResponse<?> back(long id, AgentDesk.Outcome outcome) {
        if (outcome == AgentDesk.Outcome.NOT_FOUND) {
            return HttpResponse.notFound();
        }
        String notice = outcome == AgentDesk.Outcome.DONE ? "" : "?notice=" + outcome.name().toLowerCase();
        return HttpResponse.seeOther(URI.create("/console/conversations/" + id + notice + "#reply"));
    }
}
