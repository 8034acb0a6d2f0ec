package th.sso.hotline.staff.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.staff.Role;
import th.sso.hotline.audit.AuditLog;
import th.sso.hotline.staff.console.ConsoleProperties;
import th.sso.hotline.staff.console.ConsoleQueries;
import th.sso.hotline.staff.console.TurnFilter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Downloads: filtered turns as CSV, reviewed examples as intent YAML. Both are audited. */
@Controller("/console/export")
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {

    private final ConsoleQueries queries;
    private final ConsoleProperties properties;
    private final ReviewRepository reviews;
    private final ExamplesYaml yaml;
    private final AuditLog audit;

    ExportController(ConsoleQueries queries, ConsoleProperties properties, ReviewRepository reviews,
                     IntentCatalog catalog, TextNormalizer normalizer, AuditLog audit) {
        this.queries = queries;
        this.properties = properties;
        this.reviews = reviews;
        this.yaml = new ExamplesYaml(catalog, normalizer);
        this.audit = audit;
    }

    @Get(uri = "/turns.csv", produces = "text/csv")
    HttpResponse<byte[]> turns(HttpRequest<?> request, Authentication who) {
        TurnFilter filter = TurnFilter.of(request.getParameters());
        StringWriter out = new StringWriter();
        int[] rows = {0};
        try (TurnsCsv csv = new TurnsCsv(out)) {
            queries.turns(filter, properties.getExportLimit(), t -> {
                csv.write(t);
                rows[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(who.getName(), "export.csv", null, "rows=" + rows[0] + " filters=" + filter.params().keySet());
        return download(out.toString(), "turns-" + LocalDate.now(TurnFilter.ZONE) + ".csv",
                "text/csv; charset=UTF-8");
    }

    @Get(uri = "/examples.yaml", produces = "application/yaml")
    HttpResponse<byte[]> examples(@Nullable @QueryValue String intent, Authentication who) {
        String body = yaml.write(reviews.examples(), intent == null || intent.isBlank() ? null : intent,
                LocalDate.now(TurnFilter.ZONE));
        audit.record(who.getName(), "export.examples", intent, null);
        return download(body, "reviewed-examples-" + LocalDate.now(TurnFilter.ZONE) + ".yaml",
                "application/yaml; charset=UTF-8");
    }

    private static HttpResponse<byte[]> download(String body, String fileName, String type) {
        return HttpResponse.ok(body.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
}
