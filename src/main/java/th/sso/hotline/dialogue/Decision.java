package th.sso.hotline.dialogue;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import th.sso.hotline.nlu.Classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the bot decided one reply, shown to staff with the turn: what the classifier read (its label, ranked intents,
 * the features it saw, the nearest training examples) and notes on the path taken. Stored as JSON in
 * {@code turn.explanation} under the keys of {@link #asJson()}, which {@link #fromJson} reads back.
 */
public record Decision(String label, List<Classification.Candidate> ranked, List<String> features,
                       List<Classification.NearestExample> nearest, Map<Note, String> notes) {

    /** The notes a decision may carry, each with its JSON key. */
    public enum Note {
        /** The previous topic this message was answered as a follow-up of. */
        FOLLOW_UP_OF("followUpOf"),
        /** Which curated text answered (overview, specific, calculation…) and its detail. */
        ANSWER("answer"),
        /** The other agency an out-of-scope message was sent to. */
        REDIRECT("redirect"),
        /** "passage" when an announcement answered a message no intent fits. */
        ANSWERED_FROM("answeredFrom"),
        /** Why the bot fell back: "low confidence" or "no known words". */
        FALLBACK("fallback"),
        /** The intent a button or menu choice named. */
        CHOSEN("chosen"),
        /** The LINE event answered without a question (follow, media kind). */
        EVENT("event"),
        /** The step of a citizen's erasure request. */
        PRIVACY("privacy"),
        /** Who held the chat while the bot kept silent. */
        HELD_BY("heldBy"),
        /** The question part of a long message that was read instead of the whole. */
        READ_PART("readPart"),
        /** How likely out of scope was when it was too close to answer the intent read. */
        OUT_OF_SCOPE_PROBABILITY("outOfScopeProbability"),
        /** The message named another agency's scheme and nothing only the SSO's have, so SSO intents were weighed down. */
        OTHER_SCHEME_ONLY("otherSchemeOnly"),
        /** The questions of a message that asked several things, each answered ("intent: answer | ..."). */
        PARTS("parts"),
        /** Facts remembered from earlier messages that this answer used (e.g. "wage=15000"). */
        REMEMBERED("remembered"),
        /** The intent whose calculator answered a wage question the classifier read as another intent. */
        CALCULATOR_OF("calculatorOf");

        private final String key;

        Note(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Optional<Note> ofKey(String key) {
            for (Note n : values()) {
                if (n.key.equals(key)) {
                    return Optional.of(n);
                }
            }
            return Optional.empty();
        }
    }

    public static final Decision NONE = new Decision(null, List.of(), List.of(), List.of(), Map.of());

    public Decision {
        ranked = ranked == null ? List.of() : List.copyOf(ranked);
        features = features == null ? List.of() : List.copyOf(features);
        nearest = nearest == null ? List.of() : List.copyOf(nearest);
        // insertion order is the order the notes were taken, and the order staff read them in
        notes = notes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** What the classifier made of the message, before any note. */
    public static Decision of(Classification c) {
        return new Decision(c.label(), c.ranked(), c.features(), c.nearest(), Map.of());
    }

    /** A decision that took no classification, only this note (a button, an event, a privacy step). */
    public static Decision noted(Note note, String value) {
        return NONE.with(note, value);
    }

    /** This decision with one more note (replacing an earlier value of the same note). */
    public Decision with(Note note, String value) {
        Map<Note, String> more = new LinkedHashMap<>(notes);
        more.put(note, value);
        return new Decision(label, ranked, features, nearest, more);
    }

    public Optional<String> note(Note note) {
        return Optional.ofNullable(notes.get(note));
    }

    public boolean isEmpty() {
        return label == null && ranked.isEmpty() && features.isEmpty() && nearest.isEmpty() && notes.isEmpty();
    }

    /** The stored JSON: the classification's parts when there was one, then the notes in the order taken. */
    @JsonValue
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        if (label != null) {
            json.put("label", label);
            json.put("ranked", ranked);
            json.put("features", features);
            json.put("nearest", nearest);
        }
        notes.forEach((note, value) -> json.put(note.key(), value));
        return json;
    }

    /** Reads what {@link #asJson()} wrote; keys it does not know are left out. */
    public static Decision fromJson(JsonNode root) {
        if (root == null || !root.isObject()) {
            return NONE;
        }
        List<Classification.Candidate> ranked = new ArrayList<>();
        root.path("ranked").forEach(n -> ranked.add(
                new Classification.Candidate(n.path("intent").asText(), n.path("probability").asDouble())));
        List<String> features = new ArrayList<>();
        root.path("features").forEach(n -> features.add(n.asText()));
        List<Classification.NearestExample> nearest = new ArrayList<>();
        root.path("nearest").forEach(n -> nearest.add(new Classification.NearestExample(n.path("text").asText(),
                n.path("label").asText(), n.path("similarity").asDouble())));
        Map<Note, String> notes = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> Note.ofKey(e.getKey()).ifPresent(note -> notes.put(note,
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString())));
        String label = root.hasNonNull("label") ? root.get("label").asText() : null;
        return new Decision(label, ranked, features, nearest, notes);
    }
}
