package th.sso.hotline.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Introspected;
import th.sso.hotline.dialogue.Citation;

import java.util.List;

@Introspected
public record AskResponse(String intent, double confidence, boolean fallback, boolean handoff, String lang,
                          JsonNode messages, List<Citation> citations) {
}
