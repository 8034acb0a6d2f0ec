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
import th.sso.hotline.nlu.slots.SlotReader;
import th.sso.hotline.nlu.slots.Slots;
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
    /** A message answers both questions it asks, at most this many (each a text, then one set of cards: ≤ 5 messages). */
    private static final int MAX_QUESTIONS = 3;

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
    private final SlotReader slots;
    private final CalculatorRouting calculatorRouting;

    public DialogueEngine(IntentCatalog catalog, Classifier intents, TextNormalizer normalizer,
                          LanguageDetector languages, FollowUps followUps, AnswerBuilder answers,
                          ReplyComposer composer, BotTexts texts, DialogueProperties properties,
                          StrongPassages passages, CuratedAnswers curatedAnswers, AnswerCards answerCards,
                          SlotReader slots, CalculatorRouting calculatorRouting) {
        this.slots = slots;
        this.calculatorRouting = calculatorRouting;
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
        if (c.othersOnly()) {
            why = why.with(Decision.Note.OTHER_SCHEME_ONLY, "true");
        }
        // A long message read whole may be outvoted by its context; its question, read alone, may be clearer. Not when
        // the whole is about another agency's scheme: "Can I use it at any hospital?" after the context "I have the
        // gold card" is no SSO question however clear it reads alone.
        Optional<String> part = QuestionSegments.questionPart(inquiry.text());
        boolean otherAgency = c.othersOnly() || confident && c.intent().equals(IntentCatalog.OUT_OF_SCOPE);
        if (part.isPresent() && !otherAgency) {
            Classification partReading = intents.classify(part.get());
            if (answerable(partReading)
                    && (!confident || partReading.confidence() > c.confidence() + PART_CLEARER_BY)) {
                c = partReading;
                why = Decision.of(c).with(Decision.Note.READ_PART, part.get());
                confident = true;
            }
        }
        // An unsure "out of scope" after a topic may be a follow-up of it ("what's the interest?" after a home loan).
        // Only when its words are the topic's own: a new subject ("ค่าแว่นตา") is a new question, not a follow-up.
        boolean oosFollowUp = inquiry.topic().isPresent() && c.confidence() < FOLLOW_UP_OVERRIDES_BELOW
                && followUps.isFollowUp(inquiry.text(), inquiry.topic().get())
                && followUps.staysWithin(inquiry.text(), inquiry.topic().get());
        if (confident && c.intent().equals(IntentCatalog.OUT_OF_SCOPE) && !oosFollowUp) {
            return outOfScope(c, lang, why);
        }
        Optional<String> topic = inquiry.topic();
        SlotMemory memory = inquiry.memory();
        // A wage with a benefit question ("ลาออกเอง เงินเดือน 15000 ได้รวมเท่าไหร่") is that benefit's calculation, though
        // the wage words read as a contribution question.
        Optional<IntentDefinition> routed = confident
                ? calculatorRouting.route(inquiry.text(), c.intent(), topic.orElse(null)) : Optional.empty();
        String readIntent = routed.map(IntentDefinition::id).orElse(c.intent());
        if (routed.isPresent()) {
            why = why.with(Decision.Note.CALCULATOR_OF, readIntent);
        }
        // The fact the bot just asked for ("เงินเดือนเท่าไหร่คะ?" → "15000"): the calculation of the previous topic.
        Optional<Reply> completed = completedCalculation(inquiry, c, readIntent, lang, why);
        if (completed.isPresent()) {
            return completed.get();
        }
        Optional<CuratedAnswers.Curated> swap = topic.flatMap(catalog::find)
                .flatMap(previous -> curatedAnswers.sectionSwap(previous, inquiry.text(), lang));
        if (swap.isPresent()) {
            why = why.with(Decision.Note.FOLLOW_UP_OF, topic.get())
                    .with(Decision.Note.ANSWER, swap.get().kind() + ": " + swap.get().detail());
            return answers.forCurated(catalog.get(topic.get()), swap.get(), c.confidence(), lang, inquiry.text(), why)
                    .withMemory(remember(memory, inquiry.text(), null));
        }
        // A clear new question wins over the previous topic; only an unsure reading yields to it.
        boolean mayFollowUp = topic.isPresent() && routed.isEmpty() && (!confident
                || (c.confidence() < FOLLOW_UP_OVERRIDES_BELOW && !topic.get().equals(c.intent())));
        boolean followUp = mayFollowUp && (followUps.isFollowUp(inquiry.text(), topic.get())
                // "and up to what age?": a short question the previous topic has a specific answer for.
                || followUps.isShortQuestion(inquiry.text()) && (catalog.find(topic.get())
                        .map(t -> curatedAnswers.hasSpecific(t, inquiry.text())).orElse(false)
                        // or, read unsure, one the classifier itself places near the previous topic, in that topic's
                        // own words (not a new subject: "ค่าแว่นตา" after unemployment is a new question)
                        || !confident && c.ranked().stream().limit(3)
                                .anyMatch(k -> k.intent().equals(topic.get()))
                                && followUps.staysWithin(inquiry.text(), topic.get())));
        // "what if I quit myself?" after a calculation: the same calculation with the new fact.
        // Not when the message is clearly about another topic with a calculator of its own ("ถ้าลาออกได้เงินว่างงานเท่าไหร่"
        // after a contribution question is the unemployment calculation).
        boolean otherCalculator = confident && topic.isPresent() && !readIntent.equals(topic.get())
                && catalog.find(readIntent).map(i -> i.calculator() != null).orElse(false);
        Optional<Reply> recalculated = followUp || topic.isEmpty() || otherCalculator || !followUps.hasCue(inquiry.text())
                ? Optional.empty() : recalculation(inquiry, c, lang, why);
        if (recalculated.isPresent()) {
            return recalculated.get();
        }
        IntentDefinition main = confident && !followUp ? catalog.get(readIntent)
                : followUp && catalog.contains(topic.get()) ? catalog.get(topic.get()) : null;
        if (main != null) {
            Decision decided = followUp ? why.with(Decision.Note.FOLLOW_UP_OF, topic.get()) : why;
            Optional<Reply> several = severalQuestions(part.orElse(inquiry.text()), main, c.confidence(), lang, memory,
                    decided);
            if (several.isPresent()) {
                return several.get();
            }
            return curatedReply(main, followUp, c.confidence(), lang, inquiry.text(), decided, memory);
        }
        return fallback(c, lang, why, inquiry.text()).withMemory(remember(memory, inquiry.text(), null));
    }

    /**
     * A short reply to the fact the bot asked for in its last answer, read with the facts given before: the previous
     * topic's calculation. Empty when nothing was asked, the reply does not give that fact, or it clearly asks
     * something new.
     */
    private Optional<Reply> completedCalculation(Inquiry inquiry, Classification c, String readIntent, Language lang,
                                                 Decision why) {
        SlotMemory memory = inquiry.memory();
        if (memory.asked() == null || inquiry.topic().isEmpty() || !catalog.contains(inquiry.topic().get())) {
            return Optional.empty();
        }
        String topic = inquiry.topic().get();
        // "เงินเดือน 12000 ค่ะ" answers; "ทำฟันได้กี่บาท" asks something new, even with a number in it.
        boolean newQuestion = answerable(c) && !readIntent.equals(topic) && c.confidence() >= FOLLOW_UP_OVERRIDES_BELOW
                && QuestionSegments.isQuestion(inquiry.text()) && !followUps.isFollowUp(inquiry.text(), topic);
        Slots given = slots.answer(memory.asked(), inquiry.text());
        if (newQuestion || given.isEmpty()) {
            return Optional.empty();
        }
        Slots facts = memory.slots().updatedBy(given);
        IntentDefinition intent = catalog.get(topic);
        return curatedAnswers.calculateFrom(intent, facts, lang).map(curated -> answers.forCurated(intent, curated,
                        c.confidence(), lang, inquiry.text(), why.with(Decision.Note.FOLLOW_UP_OF, topic)
                                .with(Decision.Note.ANSWER, curated.kind() + ": " + curated.detail())
                                .with(Decision.Note.REMEMBERED, describe(memory.slots())))
                .withMemory(new SlotMemory(facts, curated.asked())));
    }

    /**
     * A short message with a follow-up cue that changes one fact of a calculation made before ("what if I quit
     * myself?", "แล้วถ้าส่ง 20 ปีล่ะ"): the previous topic's calculator with the facts remembered and the new one.
     */
    private Optional<Reply> recalculation(Inquiry inquiry, Classification c, Language lang, Decision why) {
        String topic = inquiry.topic().get();
        Slots said = singleSection(inquiry.text(), slots.read(inquiry.text()));
        if (inquiry.memory().slots().isEmpty() || said.isEmpty() || !catalog.contains(topic)
                || !followUps.isShort(inquiry.text())) {
            return Optional.empty();
        }
        Slots facts = inquiry.memory().slots().updatedBy(said);
        IntentDefinition intent = catalog.get(topic);
        return curatedAnswers.calculateFrom(intent, facts, lang)
                .filter(curated -> curated.kind() == CuratedAnswers.Kind.CALCULATION)
                .map(curated -> answers.forCurated(intent, curated, c.confidence(), lang, inquiry.text(),
                                why.with(Decision.Note.FOLLOW_UP_OF, topic)
                                        .with(Decision.Note.ANSWER, curated.kind() + ": " + curated.detail())
                                        .with(Decision.Note.REMEMBERED, describe(inquiry.memory().slots())))
                        .withMemory(new SlotMemory(facts, curated.asked())));
    }

    /**
     * A message that asks two or three things gets each answered: each question is read on its own, and one too
     * short to name a topic ("แล้วต้องรายงานตัวบ่อยแค่ไหน") is read within the topic of the question before it.
     * Empty when the message asks one thing, or its questions all come to the same answer.
     */
    private Optional<Reply> severalQuestions(String text, IntentDefinition main, double confidence, Language lang,
                                             SlotMemory memory, Decision why) {
        List<String> questions = QuestionSegments.questions(text, MAX_QUESTIONS);
        if (questions.size() < 2) {
            return Optional.empty();
        }
        // A fact given in one question ("Wage 20,000: ... and if I'm laid off?") holds for the others.
        Slots facts = memory.slots().updatedBy(singleSection(text, slots.read(text)));
        List<AnswerBuilder.Part> parts = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        IntentDefinition previous = main;
        for (String question : questions) {
            Classification reading = intents.classify(question);
            // A part names a topic of its own only with a topic word; "เปิดกี่โมง" stays within the question before it.
            IntentDefinition intent = answerable(reading) && !reading.intent().equals(IntentCatalog.OUT_OF_SCOPE)
                    && catalog.contains(reading.intent()) && catalog.isTopic(reading.intent())
                    && (parts.isEmpty() || followUps.namesOtherTopic(question, previous.id()))
                    ? catalog.get(reading.intent()) : previous;
            CuratedAnswers.Curated curated = curatedAnswers.choose(intent, question, false, lang, facts);
            String key = intent.id() + "|" + curated.kind() + "|" + curated.detail();
            if (!seen.contains(key)) {
                seen.add(key);
                parts.add(new AnswerBuilder.Part(intent, curated, question));
            }
            previous = intent;
        }
        // Questions all within one topic are answered as one message, as before: the whole wording finds the specific
        // answer and announcements that cover both (splitting them cost retrieval on the dev and own sets).
        if (parts.size() < 2 || parts.stream().map(p -> p.intent().id()).distinct().count() < 2) {
            return Optional.empty();
        }
        String described = String.join(" | ", parts.stream().map(p -> p.intent().id() + ": " + p.curated().kind()
                + (p.curated().detail() == null ? "" : " " + p.curated().detail())).toList());
        Reply reply = answers.forParts(parts, confidence, lang, text, why.with(Decision.Note.PARTS, described));
        String asked = parts.stream().map(p -> p.curated().asked()).filter(a -> a != null).findFirst().orElse(null);
        return Optional.of(reply.withMemory(new SlotMemory(facts, asked)));
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
                               String question, Decision why, SlotMemory memory) {
        CuratedAnswers.Curated curated = curatedAnswers.choose(intent, question, followUp, lang, memory.slots());
        Decision decided = why.with(Decision.Note.ANSWER,
                curated.detail() == null ? curated.kind().name() : curated.kind() + ": " + curated.detail());
        if (!memory.slots().isEmpty() && curated.kind() == CuratedAnswers.Kind.CALCULATION) {
            decided = decided.with(Decision.Note.REMEMBERED, describe(memory.slots()));
        }
        return answers.forCurated(intent, curated, confidence, lang, question, decided)
                .withMemory(remember(memory, question, curated.asked()));
    }

    /** The memory after a message: the facts it gave over those remembered, and the fact now asked for. */
    private SlotMemory remember(SlotMemory memory, String question, String asked) {
        return new SlotMemory(memory.slots().updatedBy(singleSection(question, slots.read(question))), asked);
    }

    /** A comparison names sections without the person being in either: only a single section named is theirs. */
    private Slots singleSection(String question, Slots said) {
        return said.section() == null || slots.sections(question).size() == 1 ? said : said.withoutSection();
    }

    private static String describe(Slots s) {
        SlotMemory m = new SlotMemory(s, null);
        return m.isEmpty() ? "" : m.encode();
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
