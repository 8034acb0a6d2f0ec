package th.sso.hotline.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the intent files as a whole, the way Rasa's data validator does, so a mistake in {@code intents/} stops
 * the start with a message instead of silently changing answers: every answer (intent, redirect, specific) in
 * Thai and English, quick replies to intents that exist, one example under one intent only, specific ids unique,
 * menu places unique.
 */
public final class IntentValidator {

    private IntentValidator() {
    }

    /** The problems found, each naming the intent; empty when the files are consistent. */
    public static List<String> problems(List<IntentDefinition> intents) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        intents.forEach(i -> ids.add(i.id()));
        Map<String, String> exampleOwner = new HashMap<>();
        Map<Integer, String> menuOwner = new HashMap<>();
        Set<String> specificIds = new HashSet<>();
        for (IntentDefinition intent : intents) {
            String id = intent.id();
            if (intent.category() == null) {
                problems.add(id + ": no category");
            }
            bilingual(problems, id + ": answer", intent.answer());
            for (IntentDefinition.QuickReplySpec q : intent.quickReplies()) {
                if (q.intent() == null || !ids.contains(q.intent())) {
                    problems.add(id + ": quick reply to unknown intent " + q.intent());
                }
            }
            if (intent.menu() != null) {
                String other = menuOwner.putIfAbsent(intent.menu(), id);
                if (other != null) {
                    problems.add(id + ": menu place " + intent.menu() + " is also " + other + "'s");
                }
            }
            examples(problems, exampleOwner, id, intent.examples());
            for (IntentDefinition.Redirect r : intent.redirects()) {
                bilingual(problems, id + ": redirect " + r.id() + " answer", r.answer());
                examples(problems, exampleOwner, id + "/" + r.id(), r.examples());
            }
            for (IntentDefinition.Specific s : intent.specifics()) {
                if (s.id() == null || s.id().isBlank()) {
                    problems.add(id + ": a specific without id");
                } else if (!specificIds.add(s.id())) {
                    problems.add(id + ": specific id " + s.id() + " is used twice");
                }
                bilingual(problems, id + ": specific " + s.id() + " answer", s.answer());
                examples(problems, exampleOwner, id + "/" + s.id(), s.examples());
            }
        }
        return problems;
    }

    /** Throws with every problem listed when there is any. */
    public static void check(List<IntentDefinition> intents, String where) {
        List<String> problems = problems(intents);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid intents in " + where + ":\n  " + String.join("\n  ", problems));
        }
    }

    private static void bilingual(List<String> problems, String what, Localized text) {
        if (text == null || blank(text.th())) {
            problems.add(what + " has no Thai text");
        }
        if (text == null || blank(text.en())) {
            problems.add(what + " has no English text");
        }
    }

    private static void examples(List<String> problems, Map<String, String> owner, String where, Examples examples) {
        if (examples == null) {
            return;
        }
        Set<String> own = new HashSet<>();
        for (String example : examples.all()) {
            String key = example.strip().toLowerCase(Locale.ROOT);
            if (!own.add(key)) {
                continue;
            }
            String other = owner.putIfAbsent(key, where);
            if (other != null && !other.equals(where)) {
                problems.add(where + ": example \"" + example.strip() + "\" is also under " + other);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
