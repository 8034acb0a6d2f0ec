package th.sso.hotline.nlu;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;

/** One intent as written in {@code intents/<id>.yaml}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntentDefinition(
        String id,
        String category,
        Localized title,
        Examples examples,
        Localized answer,
        @JsonProperty("quick_replies") List<QuickReplySpec> quickReplies,
        List<SourceRef> sources,
        LocalDate effective,
        boolean handoff,
        List<Redirect> redirects) {

    public IntentDefinition {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        sources = sources == null ? List.of() : List.copyOf(sources);
        redirects = redirects == null ? List.of() : List.copyOf(redirects);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuickReplySpec(String intent, Localized label, Localized text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SourceRef(String url, String title, LocalDate date) {
    }

    /** A near-domain question that belongs to another agency, answered with a pointer to it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Redirect(String id, Examples examples, Localized answer) {
    }
}
