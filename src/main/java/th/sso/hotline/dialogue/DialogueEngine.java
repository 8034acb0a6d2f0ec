package th.sso.hotline.dialogue;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.search.PassageHit;
import th.sso.hotline.nlu.Classification;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentModel;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.LanguageDetector;
import th.sso.hotline.nlu.QuestionSegments;
import th.sso.hotline.text.TextNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what to say: the curated answer of a recognised intent, a redirect for another agency's topic,
 * the previous topic for a follow-up, or an honest fallback with the hotline and a way to a person.
 */
@Singleton
public class DialogueEngine {

    private static final double FOLLOW_UP_OVERRIDES_BELOW = 0.6;
    /** The question part of a long message is read instead of the whole when it is this much more confident. */
    private static final double PART_CLEARER_BY = 0.05;

    private final IntentCatalog catalog;
    private final IntentModel intents;
    private final TextNormalizer normalizer;
    private final LanguageDetector languages;
    private final FollowUps followUps;
    private final AnswerBuilder answers;
    private final ReplyComposer composer;
    private final BotTexts texts;
    private final DialogueProperties properties;
    private final StrongPassages passages;
    private final CuratedAnswers curatedAnswers;

    public DialogueEngine(IntentCatalog catalog, IntentModel intents, TextNormalizer normalizer,
                          LanguageDetector languages, FollowUps followUps, AnswerBuilder answers,
                          ReplyComposer composer, BotTexts texts, DialogueProperties properties,
                          StrongPassages passages, CuratedAnswers curatedAnswers) {
        this.passages = passages;
        this.curatedAnswers = curatedAnswers;
        this.catalog = catalog;
        this.intents = intents;
        this.normalizer = normalizer;
        this.languages = languages;
        this.followUps = followUps;
        this.answers = answers;
        this.composer = composer;
        this.texts = texts;
        this.properties = properties;
    }

    public Language languageOf(String text) {
        return languages.detect(normalizer.normalize(text));
    }

    public Reply answer(Inquiry inquiry) {
        Language lang = inquiry.langHint().orElseGet(() -> languageOf(inquiry.text()));
        Classification c = intents.classifier().classify(inquiry.text());
        Map<String, Object> why = explain(c);
        boolean confident = answerable(c, why);
        // A long message read whole may be outvoted by its context; its question, read alone, may be clearer.
        Optional<String> part = QuestionSegments.questionPart(inquiry.text());
        if (part.isPresent()) {
            Classification partReading = intents.classifier().classify(part.get());
            if (answerable(partReading, new LinkedHashMap<>())
                    && (!confident || partReading.confidence() > c.confidence() + PART_CLEARER_BY)) {
                c = partReading;
                why = explain(c);
                why.put("readPart", part.get());
                confident = true;
            }
        }
        if (confident && c.intent().equals(IntentCatalog.OUT_OF_SCOPE)) {
            return outOfScope(c, lang, why);
        }
        Optional<String> topic = inquiry.topic();
        Optional<CuratedAnswers.Curated> swap = topic.flatMap(catalog::find)
                .flatMap(previous -> curatedAnswers.sectionSwap(previous, inquiry.text(), lang));
        if (swap.isPresent()) {
            why.put("followUpOf", topic.get());
            why.put("answer", swap.get().kind() + ": " + swap.get().detail());
            return answers.forCurated(catalog.get(topic.get()), swap.get(), c.confidence(), lang, inquiry.text(), why);
        }
        // A clear new question wins over the previous topic; only an unsure reading yields to it.
        boolean mayFollowUp = topic.isPresent() && (!confident
                || (c.confidence() < FOLLOW_UP_OVERRIDES_BELOW && !topic.get().equals(c.intent())));
        boolean followUp = mayFollowUp && followUps.isFollowUp(inquiry.text());
        if (confident && !followUp) {
            return curatedReply(catalog.get(c.intent()), false, c.confidence(), lang, inquiry.text(), why);
        }
        if (followUp && catalog.contains(topic.get())) {
            why.put("followUpOf", topic.get());
            return curatedReply(catalog.get(topic.get()), true, c.confidence(), lang, inquiry.text(), why);
        }
        return fallback(c, lang, why, inquiry.text());
    }

    /** Sure enough to answer from: above the answer threshold, and out of scope not too close. */
    private boolean answerable(Classification c, Map<String, Object> why) {
        boolean confident = c.hasSignal() && c.confidence() >= properties.getAnswerThreshold();
        if (confident && c.outOfScopeTooClose(properties.getOutOfScopeRatio())) {
            why.put("outOfScopeProbability", Math.round(c.outOfScopeProbability() * 1000) / 1000.0);
            return false;
        }
        return confident;
    }

    private Reply curatedReply(IntentDefinition intent, boolean followUp, double confidence, Language lang,
                               String question, Map<String, Object> why) {
        CuratedAnswers.Curated curated = curatedAnswers.choose(intent, question, followUp, lang);
        why.put("answer", curated.detail() == null ? curated.kind().name() : curated.kind() + ": " + curated.detail());
        return answers.forCurated(intent, curated, confidence, lang, question, why);
    }

    /** A quick reply or menu choice: the user named the intent, no guessing needed. */
    public Reply answerIntent(String intentId, Language lang) {
        return catalog.find(intentId)
                .map(i -> answers.forIntent(i, 1.0, lang, null, Map.of("chosen", intentId)))
                .orElseGet(() -> fallback(null, lang, new LinkedHashMap<>(), null));
    }

    public Reply welcome(Language lang) {
        List<Message> messages = List.of(composer.text(texts.get(lang, "welcome", properties.getHotline()),
                composer.menu(lang, List.of())));
        return new Reply(IntentCatalog.GREETING, 1.0, false, false, lang, messages, List.of(), Map.of("event", "follow"));
    }

    public Reply nonText(Language lang, String kind) {
        List<Message> messages = List.of(composer.text(texts.get(lang, "media", properties.getHotline()),
                composer.menu(lang, List.of())));
        return new Reply(null, 0.0, true, false, lang, messages, List.of(), Map.of("event", kind));
    }

    private Reply outOfScope(Classification c, Language lang, Map<String, Object> why) {
        IntentDefinition oos = catalog.get(IntentCatalog.OUT_OF_SCOPE);
        String body = oos.redirects().stream()
                .filter(r -> r.id().equals(c.redirect()))
                .findFirst()
                .map(r -> r.answer().in(lang))
                .orElseGet(() -> oos.answer().in(lang));
        if (c.redirect() != null) {
            why.put("redirect", c.redirect());
        }
        List<Message> messages = List.of(composer.text(body, composer.menu(lang, List.of())));
        return new Reply(IntentCatalog.OUT_OF_SCOPE, c.confidence(), true, false, lang, messages, List.of(), why);
    }

    private Reply fallback(Classification c, Language lang, Map<String, Object> why, String question) {
        List<String> suggestions = new ArrayList<>();
        if (c != null && c.hasSignal()) {
            c.ranked().stream().map(Classification.Candidate::intent)
                    .filter(id -> !id.equals(IntentCatalog.OUT_OF_SCOPE) && catalog.contains(id))
                    .limit(3).forEach(suggestions::add);
        }
        List<QuickReplyItem> menu = composer.menu(lang, suggestions);
        List<PassageHit> related = List.of();
        if (question != null && c != null && c.hasSignal()) {
            StrongPassages.Found found = passages.find(question);
            if (found.strong()) {
                why.put("answeredFrom", "passage");
                return answers.fromPassages(found.hits(), c.confidence(), lang, why, menu, properties.getHotline());
            }
            related = found.hits();
        }
        why.put("fallback", c == null || !c.hasSignal() ? "no known words" : "low confidence");
        if (!related.isEmpty()) {
            // Not an answer: announcements that may help, offered with the honest fallback.
            return answers.fallbackWithRelated(texts.get(lang, "fallback", properties.getHotline()), related,
                    c.confidence(), lang, why, menu);
        }
        List<Message> messages = List.of(composer.text(texts.get(lang, "fallback", properties.getHotline()), menu));
        return new Reply(null, c == null ? 0.0 : c.confidence(), true, false, lang, messages, List.of(), why);
    }

    private static Map<String, Object> explain(Classification c) {
        Map<String, Object> why = new LinkedHashMap<>();
        why.put("label", c.label());
        why.put("ranked", c.ranked());
        why.put("features", c.features());
        why.put("nearest", c.nearest());
        return why;
    }
}
