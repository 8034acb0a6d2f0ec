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
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.staff.Role;
import th.sso.hotline.audit.AuditLog;
import th.sso.hotline.staff.console.ConsoleProperties;
import th.sso.hotline.staff.console.ConsoleQueries;
import th.sso.hotline.staff.console.TurnFilter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/** Downloads: filtered turns as CSV, reviewed examples as intent YAML. Both are audited. */
@Controller("/console/export")
@Secured(Role.VIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {

    private static final Logger LOG = LoggerFactory.getLogger(ExportController.class);
    private static final int PIPE_BYTES = 64 * 1024;

    private final ConsoleQueries queries;
    private final ConsoleProperties properties;
    private final ReviewRepository reviews;
    private final ExamplesYaml yaml;
    private final AuditLog audit;
    private final ExecutorService blocking;
    private final Clock clock;

    ExportController(ConsoleQueries queries, ConsoleProperties properties, ReviewRepository reviews,
                     IntentCatalog catalog, TextNormalizer normalizer, AuditLog audit,
                     @Named(TaskExecutors.BLOCKING) ExecutorService blocking, Clock clock) {
        this.clock = clock;
        this.blocking = blocking;
        this.queries = queries;
        this.properties = properties;
        this.reviews = reviews;
        this.yaml = new ExamplesYaml(catalog, normalizer);
        this.audit = audit;
    }

    /**
     * Streams the rows as they come from the database (up to the export limit, possibly hundreds of MB): a writer
     * on the blocking pool fills a small pipe that the response reads, so memory stays at the pipe's size.
     */
    @Get(uri = "/turns.csv", produces = "text/csv")
    @Operation(operationId = "exportTurns", tags = "exports", summary = "Turns as CSV (UTF-8 with BOM, opens in Excel)",
            description = "Filtered like the conversation list; personal data was masked before it was stored. Audited.",
            security = {@SecurityRequirement(name = "consoleSession"), @SecurityRequirement(name = "basicAuth")},
            parameters = {
                @Parameter(name = "from", in = ParameterIn.QUERY, description = "first day, yyyy-MM-dd (Bangkok)", schema = @Schema(type = "string", format = "date")),
                @Parameter(name = "to", in = ParameterIn.QUERY, description = "last day, included", schema = @Schema(type = "string", format = "date")),
                @Parameter(name = "intent", in = ParameterIn.QUERY, schema = @Schema(type = "string")),
                @Parameter(name = "problems", in = ParameterIn.QUERY, description = "only fallbacks and low-confidence answers", schema = @Schema(type = "boolean")),
                @Parameter(name = "handedOff", in = ParameterIn.QUERY, schema = @Schema(type = "boolean")),
                @Parameter(name = "lang", in = ParameterIn.QUERY, schema = @Schema(type = "string", allowableValues = {"th", "en"})),
                @Parameter(name = "channel", in = ParameterIn.QUERY, schema = @Schema(type = "string", allowableValues = {"line", "api", "simulator"})),
                @Parameter(name = "q", in = ParameterIn.QUERY, description = "words in the question or reply", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string"), examples = @ExampleObject(name = "csv", value = """
                    turn_id,conversation_id,time_bangkok,channel,kind,lang,question,reply,intent,confidence,fallback,handoff,latency_ms,delivery,agent,review,correct_intent,reviewer,review_note
                    812,77,2026-12-01 09:14:03,LINE,text,th,ตกงานได้เงินเท่าไหร่,ผู้ประกันตนมาตรา 33 ...,unemployment,0.91,false,false,640,DELIVERED,,,,,
                    """)))
    @Secured(Role.AGENT_ROLE) // whole transcripts in bulk: not for viewers (PDPA, least privilege)
    HttpResponse<StreamedFile> turns(@Parameter(hidden = true) HttpRequest<?> request,
                                     @Parameter(hidden = true) Authentication who) throws IOException {
        TurnFilter filter = TurnFilter.of(request.getParameters());
        PipedInputStream in = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream pipe = new PipedOutputStream(in);
        String user = who.getName();
        blocking.execute(() -> {
            int[] rows = {0};
            String outcome = "";
            try (TurnsCsv csv = new TurnsCsv(new BufferedWriter(new OutputStreamWriter(pipe, StandardCharsets.UTF_8),
                    PIPE_BYTES / 4))) {
                queries.turns(filter, properties.getExportLimit(), t -> {
                    csv.write(t);
                    rows[0]++;
                });
            } catch (IOException | UncheckedIOException e) {
                // The download was cancelled (the reader closed the pipe); what was sent is in the audit.
                outcome = " incomplete";
            } catch (RuntimeException e) {
                outcome = " failed";
                LOG.warn("CSV export failed: {}", e.getClass().getName());
            } finally {
                closeQuietly(pipe);
            }
            audit.record(user, "export.csv", null, "rows=" + rows[0] + outcome + " filters=" + filter.params().keySet());
        });
        return HttpResponse.ok(new StreamedFile(in, MediaType.of("text/csv; charset=UTF-8")))
                .contentType(MediaType.of("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"turns-" + LocalDate.now(clock.withZone(TurnFilter.ZONE)) + ".csv\"");
    }

    @Get(uri = "/examples.yaml", produces = "application/yaml")
    @Operation(operationId = "exportExamples", tags = "exports",
            summary = "Reviewed examples as intent YAML, to paste into intents/<id>.yaml",
            security = {@SecurityRequirement(name = "consoleSession"), @SecurityRequirement(name = "basicAuth")})
    @ApiResponse(responseCode = "200", description = "The YAML file", content = @Content(mediaType = "application/yaml",
            schema = @Schema(type = "string"), examples = @ExampleObject(name = "yaml", value = """
                    # Reviewed examples from the staff console, 2026-12-01.
                    # Paste each list under examples: in the intent's file; check every line before committing.
                    ---
                    # intents/unemployment.yaml
                    id: unemployment
                    examples:
                      th:
                      - โดนเลิกจ้างต้องทำยังไงต่อ
                      en:
                      - what do I get if my contract ends
                    """)))
    HttpResponse<byte[]> examples(@Parameter(description = "only this intent") @Nullable @QueryValue String intent,
                                  @Parameter(hidden = true) Authentication who) {
        String body = yaml.write(reviews.examples(), intent == null || intent.isBlank() ? null : intent,
                LocalDate.now(clock.withZone(TurnFilter.ZONE)));
        audit.record(who.getName(), "export.examples", intent, null);
        return download(body, "reviewed-examples-" + LocalDate.now(clock.withZone(TurnFilter.ZONE)) + ".yaml",
                "application/yaml; charset=UTF-8");
    }

    /** The reader sees the end of the file (or, after a failure, a cut-off one) instead of waiting for more. */
    private static void closeQuietly(PipedOutputStream pipe) {
        try {
            pipe.close();
        } catch (IOException e) {
            // already closed by the reader
        }
    }

    private static HttpResponse<byte[]> download(String body, String fileName, String type) {
        return HttpResponse.ok(body.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
}
