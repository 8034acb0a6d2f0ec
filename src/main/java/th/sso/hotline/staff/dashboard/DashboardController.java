package th.sso.hotline.staff.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import th.sso.hotline.staff.console.TurnFilter;
import th.sso.hotline.staff.web.ConsoleFormats;
import th.sso.hotline.staff.web.Formats;
import th.sso.hotline.staff.web.Pages;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The console's home page: charts of how the bot is doing over the last days. */
@Controller("/console")
@Produces(MediaType.TEXT_HTML)
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {

    private static final int MAX_DAYS = 90;
    /** A plain mapper: the application's drops empty lists, and the charts want every series. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DashboardQueries queries;
    private final ConsoleFormats formats;
    private final Clock clock;

    DashboardController(DashboardQueries queries, ConsoleFormats formats, Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.formats = formats;
    }

    @Get
    ModelAndView<Map<String, Object>> dashboard(@Nullable @QueryValue Integer days, Authentication who, HttpRequest<?> request) {
        int window = days == null || days < 1 || days > MAX_DAYS ? 14 : days;
        LocalDate to = LocalDate.now(clock.withZone(TurnFilter.ZONE));
        LocalDate from = to.minusDays(window - 1L);
        DashboardStats.Summary summary = queries.summary(from, to, TurnFilter.ZONE, 10);
        Formats fmt = formats.of(request);
        Map<String, Object> model = Pages.model(who, "dashboard");
        model.put("days", window);
        model.put("summary", summary);
        model.put("chartJson", json(Map.of(
                "labels", summary.days().stream().map(d -> fmt.day(d.date())).toList(),
                "volume", summary.days().stream().map(DashboardStats.Day::turns).toList(),
                "containment", summary.days().stream().map(d -> d.turns() == 0 ? null : percent(d.containment())).toList(),
                "fallback", summary.days().stream().map(d -> d.turns() == 0 ? null : percent(d.fallbackRate())).toList(),
                "p95", summary.days().stream().map(DashboardStats.Day::p95LatencyMs).toList(),
                "intentLabels", summary.topIntents().keySet().stream().map(fmt::intent).toList(),
                "intentCounts", List.copyOf(summary.topIntents().values()))));
        return new ModelAndView<>("dashboard", model);
    }

    /** The charts' figures, read by console.js from a data attribute (the CSP allows no inline script). */
    private static String json(Map<String, ?> chart) {
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }
}
