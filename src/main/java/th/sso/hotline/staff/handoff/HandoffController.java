package th.sso.hotline.staff.handoff;

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
import th.sso.hotline.staff.Role;
import th.sso.hotline.staff.web.Pages;

import java.time.Clock;
import java.net.URI;
import java.util.Map;
import th.sso.hotline.conversation.HandoffRepository;
import th.sso.hotline.conversation.OfficeHours;

/** The staff queue, and an agent taking over a chat, replying in it and releasing it to the bot. */
@Controller("/console")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class HandoffController {

    private final HandoffRepository handoffs;
    private final AgentDesk desk;
    private final OfficeHours hours;
    private final Clock clock;


    HandoffController(HandoffRepository handoffs, AgentDesk desk, OfficeHours hours, Clock clock) {
        this.clock = clock;
        this.handoffs = handoffs;
        this.desk = desk;
        this.hours = hours;
    }

    @Get("/handoffs")
    ModelAndView<Map<String, Object>> queue(Authentication who) {
        Map<String, Object> model = Pages.model(who, "handoffs");
        model.put("open", handoffs.open());
        model.put("officeOpen", hours.isOpen(clock.instant()));
        return new ModelAndView<>("handoffs", model);
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
