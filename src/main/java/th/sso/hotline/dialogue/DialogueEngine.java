package th.sso.hotline.dialogue;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.search.PassageHit;
import th.sso.hotline.nlu.Classification;
import th.sso.hotline.nlu.Classifier;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.LanguageDetector;
import th.sso.hotline.nlu.QuestionSegments;
import th.sso.hotline.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
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
    private final Classifier intents;
    private final TextNormalizer normalizer;
    private final LanguageDetector languages;
    private final FollowUps followUps;
    private final AnswerBuilder answers;
    private final ReplyComposer composer;
    private final BotTexts texts;
    private final DialogueProperties properties;
    private final StrongPassages passages;
    private final CuratedAnswers curatedAnswers;
    private final AnswerCards answerCards;

    public DialogueEngine(IntentCatalog catalog, Classifier intents, TextNormalizer normalizer,
                          LanguageDetector languages, FollowUps followUps, AnswerBuilder answers,
                          ReplyComposer composer, BotTexts texts, DialogueProperties properties,
                          StrongPassages passages, CuratedAnswers curatedAnswers, AnswerCards answerCards) {
        this.passages = passages;
        this.answerCards = answerCards;
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
        Classification c = intents.classify(inquiry.text());
        Decision why = withOutOfScopeNote(c, Decision.of(c));
        boolean confident = answerable(c);
        // A long message read whole may be outvoted by its context; its question, read alone, may be clearer.
        Optional<String> part = QuestionSegments.questionPart(inquiry.text());
        if (part.isPresent()) {
            Classification partReading = intents.classify(part.get());
            if (answerable(partReading)
                    && (!confident || partReading.confidence() > c.confidence() + PART_CLEARER_BY)) {
                c = partReading;
                why = Decision.of(c).with(Decision.Note.READ_PART, part.get());
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
            why = why.with(Decision.Note.FOLLOW_UP_OF, topic.get())
                    .with(Decision.Note.ANSWER, swap.get().kind() + ": " + swap.get().detail());
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
            return curatedReply(catalog.get(topic.get()), true, c.confidence(), lang, inquiry.text(),
                    why.with(Decision.Note.FOLLOW_UP_OF, topic.get()));
        }
        return fallback(c, lang, why, inquiry.text());
    }

    /** Sure enough to answer from: above the answer threshold, and out of scope not too close. */
    private boolean answerable(Classification c) {
        return c.hasSignal() && c.confidence() >= properties.getAnswerThreshold()
                && !c.outOfScopeTooClose(properties.getOutOfScopeRatio());
    }

    /** An intent read confidently but refused because out of scope was too close: staff see how close. */
    private Decision withOutOfScopeNote(Classification c, Decision why) {
        boolean confident = c.hasSignal() && c.confidence() >= properties.getAnswerThreshold();
        if (confident && c.outOfScopeTooClose(properties.getOutOfScopeRatio())) {
            return why.with(Decision.Note.OUT_OF_SCOPE_PROBABILITY,
                    String.valueOf(Math.round(c.outOfScopeProbability() * 1000) / 1000.0));
        }
        return why;
    }

    private Reply curatedReply(IntentDefinition intent, boolean followUp, double confidence, Language lang,
                               String question, Decision why) {
        CuratedAnswers.Curated curated = curatedAnswers.choose(intent, question, followUp, lang);
        return answers.forCurated(intent, curated, confidence, lang, question, why.with(Decision.Note.ANSWER,
                curated.detail() == null ? curated.kind().name() : curated.kind() + ": " + curated.detail()));
    }

    /** A quick reply or menu choice: the user named the intent, no guessing needed. */
    public Reply answerIntent(String intentId, Language lang) {
        return catalog.find(intentId)
                .map(i -> answers.forIntent(i, 1.0, lang, null, Decision.noted(Decision.Note.CHOSEN, intentId)))
                .orElseGet(() -> fallback(null, lang, Decision.NONE, null));
    }

    public Reply welcome(Language lang) {
        List<Message> messages = List.of(composer.text(texts.get(lang, "welcome", properties.getHotline()),
                composer.menu(lang, List.of())));
        return new Reply(IntentCatalog.GREETING, 1.0, false, false, lang, messages, List.of(), Decision.noted(Decision.Note.EVENT, "follow"));
    }

    public Reply nonText(Language lang, String kind) {
        List<Message> messages = List.of(composer.text(texts.get(lang, "media", properties.getHotline()),
                composer.menu(lang, List.of())));
        return new Reply(null, 0.0, true, false, lang, messages, List.of(), Decision.noted(Decision.Note.EVENT, kind));
    }

    private Reply outOfScope(Classification c, Language lang, Decision why) {
        IntentDefinition oos = catalog.get(IntentCatalog.OUT_OF_SCOPE);
        String body = oos.redirects().stream()
                .filter(r -> r.id().equals(c.redirect()))
                .findFirst()
                .map(r -> r.answer().in(lang))
                .orElseGet(() -> oos.answer().in(lang));
        if (c.redirect() != null) {
            why = why.with(Decision.Note.REDIRECT, c.redirect());
        }
        List<Message> messages = List.of(composer.text(body, composer.menu(lang, List.of())));
        return new Reply(IntentCatalog.OUT_OF_SCOPE, c.confidence(), true, false, lang, messages, List.of(), why);
    }

    private Reply fallback(Classification c, Language lang, Decision why, String question) {
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
                return answers.fromPassages(found.hits(), c.confidence(), lang,
                        why.with(Decision.Note.ANSWERED_FROM, "passage"), menu, properties.getHotline());
            }
            // Possibly related only when about the likeliest topic; an unrelated news item helps no one.
            related = suggestions.isEmpty() ? List.of()
                    : answerCards.aboutTopic(found.hits(), catalog.get(suggestions.get(0)));
        }
        why = why.with(Decision.Note.FALLBACK, c == null || !c.hasSignal() ? "no known words" : "low confidence");
        if (!related.isEmpty()) {
            // Not an answer: announcements that may help, offered with the honest fallback.
            return answers.fallbackWithRelated(texts.get(lang, "fallback", properties.getHotline()), related,
                    c.confidence(), lang, why, menu);
        }
        List<Message> messages = List.of(composer.text(texts.get(lang, "fallback", properties.getHotline()), menu));
        return new Reply(null, c == null ? 0.0 : c.confidence(), true, false, lang, messages, List.of(), why);
    }
}
