package th.sso.hotline.knowledge;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
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
