package th.sso.hotline.knowledge;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.MediaType;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import th.sso.hotline.knowledge.index.IndexBuild;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rebuilds the passage index from the content folders and swaps it in, while questions keep being answered. */
@Controller("/api/v1/admin/content")
@Secured("admin")
class ReloadController {

    private final KnowledgeBase knowledge;

    ReloadController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Post("/reload")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "reloadContent", tags = "admin", summary = "Rebuild the passage index and swap it in",
            security = @SecurityRequirement(name = "basicAuth"),
            description = "Reads every folder of CONTENT_DIRS again; questions keep being answered from the old index "
                    + "until the new one is ready. Admin accounts only.")
    @ApiResponse(responseCode = "200", description = "The new index",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rebuilt", value = """
                    {"fingerprint":"5f0c2a9e41d7","passages":463,"millis":4210,
                     "report":"90 files read, 90 announcements, 0 duplicates, 0 skipped"}""")))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "403", description = "Signed in, but not an admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    HttpResponse<Map<String, Object>> reload() {
        IndexBuild build = knowledge.reload(n -> { });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fingerprint", build.fingerprint());
        body.put("passages", build.passages());
        body.put("millis", build.millis());
        body.put("report", build.report() == null ? null : build.report().toString());
        return HttpResponse.ok(body);
    }
}
