package th.sso.hotline.nlu;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One intent as written in {@code intents/<id>.yaml}. Unknown keys are an error (see {@link IntentFiles}), and
 * {@link IntentValidator} checks what Jackson cannot: answers in both languages, quick replies to known intents,
 * examples under one intent only.
 *
 * @param category  the group of the intent; {@code conversation} intents (greeting, thanks, help, ...) are not a
 *                  topic of the conversation, so a follow-up never refers back to them
 * @param menu      the intent's place in the topic menu (welcome, help, fallback), 1 first; absent when not in it
 * @param passages  whether the curated answer is shown with the announcements that back it (false for small talk)
 * @param specifics specific questions within the intent with their own answers
 * @param calculator the calculator that works out the person's own figure when they give their wage, months of
 *                  contributions or section (see {@code dialogue.Calculators}); absent when the intent has none
 */
public record IntentDefinition(
        String id,
        Category category,
        Localized title,
        Examples examples,
        Localized answer,
        @JsonProperty("quick_replies") List<QuickReplySpec> quickReplies,
        List<SourceRef> sources,
        LocalDate effective,
        boolean handoff,
        List<Redirect> redirects,
        Integer menu,
        Boolean passages,
        List<Specific> specifics,
        String calculator) {

    public IntentDefinition {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        sources = sources == null ? List.of() : List.copyOf(sources);
        redirects = redirects == null ? List.of() : List.copyOf(redirects);
        specifics = specifics == null ? List.of() : List.copyOf(specifics);
    }

    /** The kinds of intent in {@code intents/}. */
    public enum Category {
        @JsonProperty("benefits") BENEFITS,
        @JsonProperty("membership") MEMBERSHIP,
        @JsonProperty("programmes_and_news") PROGRAMMES_AND_NEWS,
        @JsonProperty("conversation") CONVERSATION
    }

    /** Whether a turn recognised as this intent becomes the conversation's topic for follow-ups. */
    public boolean isTopic() {
        return category != Category.CONVERSATION;
    }

    /** Whether the curated answer is shown with supporting announcements (true unless the YAML says false). */
    public boolean citesPassages() {
        return passages == null || passages;
    }

    public record QuickReplySpec(String intent, Localized label, Localized text) {
    }

    /** An announcement an answer rests on; {@code titleEn} is the curated English title shown to English readers. */
    public record SourceRef(String url, String title, @JsonProperty("title_en") String titleEn, LocalDate date) {

        public String title(Language lang) {
            return lang == Language.EN && titleEn != null && !titleEn.isBlank() ? titleEn : title;
        }
    }

    /** A near-domain question that belongs to another agency, answered with a pointer to it. */
    public record Redirect(String id, Examples examples, Localized answer) {
    }

    /** A specific question within the intent, with its own answer, sources and date. */
    public record Specific(String id, Localized question, Examples examples, Localized answer, List<SourceRef> sources,
                           LocalDate effective, Map<String, Object> slots) {

        public Specific {
            sources = sources == null ? List.of() : List.copyOf(sources);
            slots = slots == null ? Map.of() : Map.copyOf(slots);
        }
    }
}
