package th.sso.hotline.dialogue;

import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.TextMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.sso.hotline.knowledge.rules.Eligibility;
import th.sso.hotline.knowledge.rules.FigureBook;
import th.sso.hotline.knowledge.search.PassageFinder;
import th.sso.hotline.knowledge.search.PassageHit;
import th.sso.hotline.nlu.Classification;
import th.sso.hotline.nlu.Classifier;
import th.sso.hotline.nlu.ExampleAnalyses;
import th.sso.hotline.nlu.FeatureExtractor;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentFiles;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.LanguageDetector;
import th.sso.hotline.nlu.slots.SlotReader;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.TextNormalizer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogue's decision table, one row per branch, with a classifier that returns what the row says and a
 * passage search that returns the row's passages: no trained model, no index, no HTTP. The curated texts,
 * menus and rules are the real ones from {@code intents/}.
 */
class DialogueEngineTest {

    private static final Path INTENTS = Path.of("intents");
    private static final Path RULES = Path.of("intents/rules");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Bangkok"));
    private static final IntentCatalog CATALOG = new IntentCatalog(IntentFiles.readIntents(INTENTS));
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final TextAnalysis ANALYSIS = new TextAnalysis(IntentFiles.readGlossary(INTENTS));
    private static final ExampleAnalyses EXAMPLES = new ExampleAnalyses(new FeatureExtractor(ANALYSIS, NORMALIZER));
    private static final BotTexts TEXTS = new BotTexts();
    private static final String FOLLOW_UP = "แล้วต้องใช้เอกสารอะไรบ้าง";
    private static final String UNEMPLOYMENT_QUESTION = "ว่างงานได้เงินเท่าไหร่";
    private static final String OBSCURE = "ประกันสังคมจ่ายเงินทดแทนว่างงานผ่านพร้อมเพย์เริ่มเมื่อไร";
    private static final PassageHit MATCHING = hit("ประกันสังคมจ่ายเงินทดแทนว่างงานผ่านพร้อมเพย์",
            "สำนักงานประกันสังคมเริ่มจ่ายเงินทดแทนกรณีว่างงานผ่านพร้อมเพย์ที่ผูกกับเลขบัตรประชาชน เริ่มเมื่อ 12 กันยายน");
    private static final PassageHit UNRELATED = hit("ประกันสังคมเปิดให้บริการวันเสาร์",
            "สำนักงานประกันสังคมบางพื้นที่เปิดให้บริการวันเสาร์สำหรับงานทะเบียนผู้ประกันตน");

    /** Returns the classification written for each message; a message without one is a mistake in the table. */
    private static final class StubClassifier implements Classifier {
        final Map<String, Classification> answers = new HashMap<>();

        @Override
        public Classification classify(String text) {
            Classification c = answers.get(text);
            assertThat(c).as("classification of " + text).isNotNull();
            return c;
        }
    }

    /** Returns the row's passages for every search and records the questions asked. */
    private static final class StubPassages implements PassageFinder {
        List<PassageHit> hits = List.of();
        final List<String> asked = new ArrayList<>();

        @Override
        public List<PassageHit> search(String question, String topicHint, int limit) {
            asked.add(question);
            return hits.subList(0, Math.min(limit, hits.size()));
        }

        @Override
        public java.util.Optional<PassageHit> passageOf(String sourceUrl, String question, String lang) {
            return hits.stream().filter(h -> h.url().equals(sourceUrl)).findFirst();
        }
    }

    private final StubClassifier classifier = new StubClassifier();
    private final StubPassages passages = new StubPassages();
    private DialogueEngine engine;

    @BeforeEach
    void wire() {
        FigureBook figures = FigureBook.read(RULES);
        CalculatorTexts calculatorTexts = new CalculatorTexts(TEXTS, figures);
        Calculators calculators = new Calculators(List.of(new ContributionCalculator(calculatorTexts),
                new MaternityCalculator(calculatorTexts), new PensionCalculator(calculatorTexts),
                new SicknessCalculator(calculatorTexts), new UnemploymentCalculator(calculatorTexts),
                new ChildAllowanceCalculator(calculatorTexts), new DentalCalculator(calculatorTexts),
                new WorkInjuryCalculator(calculatorTexts)));
        CuratedAnswers curated = new CuratedAnswers(
                new SpecificAnswers(CATALOG, new FeatureExtractor(ANALYSIS, NORMALIZER), EXAMPLES), calculators,
                new SlotReader(NORMALIZER), new ComparisonAnswers(Eligibility.read(RULES, figures), figures, TEXTS),
                figures, NORMALIZER, CLOCK, CATALOG);
        ReplyComposer composer = new ReplyComposer(CATALOG, TEXTS);
        AnswerCards answerCards = new AnswerCards(passages, ANALYSIS, CATALOG, TEXTS);
        AnswerBuilder answers = new AnswerBuilder(composer, TEXTS, new SourceCards(new SourceLabels(TEXTS, CLOCK), TEXTS),
                answerCards, new LanguageDetector(), NORMALIZER);
        DialogueProperties properties = new DialogueProperties() {
            @Override
            public double getAnswerThreshold() {
                return 0.40;
            }

            @Override
            public String getHotline() {
                return "1506";
            }

            @Override
            public double getOutOfScopeRatio() {
                return 3.0;
            }
        };
        engine = new DialogueEngine(CATALOG, classifier, NORMALIZER, new LanguageDetector(),
                new FollowUps(ANALYSIS, NORMALIZER, CATALOG, EXAMPLES), answers, composer, TEXTS, properties,
                new StrongPassages(passages, ANALYSIS), curated, answerCards, new SlotReader(NORMALIZER),
                new CalculatorRouting(CATALOG, new SlotReader(NORMALIZER), NORMALIZER));
    }

    @AfterAll
    static void close() {
        ANALYSIS.close();
    }

    /** What a row expects: the reply's intent and flags, one explanation entry, and how the first text starts. */
    record Expect(String intent, boolean fallback, boolean handoff, String whyKey, Object whyValue,
                  String firstTextStartsWith, int messages) {
    }

    record Row(String branch, String message, String topic, Classification classification, List<PassageHit> hits,
               Expect expect) {
        @Override
        public String toString() {
            return branch;
        }
    }

    static Stream<Row> decisionTable() {
        String oosGeneral = CATALOG.get(IntentCatalog.OUT_OF_SCOPE).answer().in(Language.TH);
        String studentLoan = CATALOG.get(IntentCatalog.OUT_OF_SCOPE).redirects().stream()
                .filter(r -> r.id().equals("student_loan")).findFirst().orElseThrow().answer().in(Language.TH);
        String unemployment = CATALOG.get("unemployment").answer().in(Language.TH);
        String maternity = CATALOG.get("maternity").answer().in(Language.TH);
        String staff = CATALOG.get(IntentCatalog.TALK_TO_STAFF).answer().in(Language.TH);
        String fallback = TEXTS.get(Language.TH, "fallback", "1506");
        // A curated answer carries its own sources as cards (issue 11), so it is two messages even with no passage found.
        return Stream.of(
                new Row("out of scope, a known agency: its redirect", "กยศ.หักเงินเดือนเท่าไหร่", null,
                        cls("out_of_scope:student_loan", 0.9, true), List.of(),
                        new Expect(IntentCatalog.OUT_OF_SCOPE, true, false, "redirect", "student_loan",
                                start(studentLoan), 1)),
                new Row("out of scope, no redirect of its own: the general text", "พรุ่งนี้ฝนตกไหม", null,
                        cls("out_of_scope", 0.8, true), List.of(),
                        new Expect(IntentCatalog.OUT_OF_SCOPE, true, false, "label", "out_of_scope", start(oosGeneral), 1)),
                new Row("out of scope but unsure: not redirected, the fallback", "พรุ่งนี้ฝนตกไหม", null,
                        cls("out_of_scope", 0.3, true), List.of(),
                        new Expect(null, true, false, "fallback", "low confidence", start(fallback), 1)),
                new Row("confident intent: its overview", UNEMPLOYMENT_QUESTION, null,
                        cls("unemployment", 0.9, true), List.of(),
                        new Expect("unemployment", false, false, "answer", "OVERVIEW", start(unemployment), 2)),
                new Row("confidence exactly at the threshold still answers", UNEMPLOYMENT_QUESTION, null,
                        cls("unemployment", 0.40, true), List.of(),
                        new Expect("unemployment", false, false, "answer", "OVERVIEW", start(unemployment), 2)),
                new Row("confident intent with supporting announcements: text and cards", UNEMPLOYMENT_QUESTION, null,
                        cls("unemployment", 0.9, true), List.of(MATCHING),
                        new Expect("unemployment", false, false, "answer", "OVERVIEW", start(unemployment), 2)),
                new Row("request for a person: handoff", "ขอคุยกับเจ้าหน้าที่", null,
                        cls(IntentCatalog.TALK_TO_STAFF, 0.95, true), List.of(),
                        new Expect(IntentCatalog.TALK_TO_STAFF, false, true, "answer", "OVERVIEW", start(staff), 1)),
                new Row("a clear new question wins over the previous topic", FOLLOW_UP, "maternity",
                        cls("unemployment", 0.7, true), List.of(),
                        new Expect("unemployment", false, false, "answer", "OVERVIEW", start(unemployment), 2)),
                new Row("follow-up override: an unsure new reading yields to the previous topic", FOLLOW_UP, "maternity",
                        cls("unemployment", 0.5, true), List.of(),
                        new Expect("maternity", false, false, "followUpOf", "maternity", start(maternity), 2)),
                new Row("unsure reading of the same topic: not a follow-up of itself", FOLLOW_UP, "unemployment",
                        cls("unemployment", 0.5, true), List.of(),
                        new Expect("unemployment", false, false, "answer", "OVERVIEW", start(unemployment), 2)),
                new Row("not understood, but a follow-up of the previous topic", FOLLOW_UP, "maternity",
                        cls("unemployment", 0.2, true), List.of(),
                        new Expect("maternity", false, false, "followUpOf", "maternity", start(maternity), 2)),
                new Row("unsure out of scope on a subject of its own after a topic: a new question, not a follow-up",
                        "ประกันสังคมจ่ายค่าแว่นตาไหม", "unemployment", cls("out_of_scope", 0.5, true), List.of(),
                        new Expect(IntentCatalog.OUT_OF_SCOPE, true, false, "label", "out_of_scope", start(oosGeneral), 1)),
                new Row("unsure out of scope in the topic's own words: its follow-up", "what's the interest?", "housing_loan",
                        cls("out_of_scope", 0.5, true), List.of(),
                        new Expect("housing_loan", false, false, "followUpOf", "housing_loan",
                                start(CATALOG.get("housing_loan").answer().in(Language.TH)), 2)),
                new Row("follow-up of a topic no longer in the catalogue: the fallback", FOLLOW_UP, "retired_topic",
                        cls("unemployment", 0.2, true), List.of(),
                        new Expect(null, true, false, "fallback", "low confidence", start(fallback), 1)),
                new Row("section swap: the previous benefit for the section named", "แล้วม.40ล่ะ", "maternity",
                        cls("section40", 0.9, true), List.of(),
                        new Expect("maternity", false, false, "answer", "SECTION_FOLLOW_UP: section 40",
                                "คลอดบุตร สำหรับผู้ประกันตน ม.40", 2)),
                new Row("unsure and not a follow-up: the fallback even with a topic", "เรื่องนี้ช่วยอะไรได้บ้าง", "maternity",
                        cls("unemployment", 0.2, true), List.of(),
                        new Expect(null, true, false, "fallback", "low confidence", start(fallback), 1)),
                new Row("strong passage: the announcement answers, labelled as not curated", OBSCURE, null,
                        cls("unemployment", 0.3, true), List.of(MATCHING),
                        new Expect(null, false, false, "answeredFrom", "passage",
                                TEXTS.get(Language.TH, "passage.intro"), 2)),
                new Row("related passages only: the fallback with them as cards", OBSCURE, null,
                        cls("unemployment", 0.3, true), List.of(UNRELATED),
                        new Expect(null, true, false, "fallback", "low confidence", start(fallback), 2)),
                new Row("no passage at all: the plain fallback", OBSCURE, null,
                        cls("unemployment", 0.3, true), List.of(),
                        new Expect(null, true, false, "fallback", "low confidence", start(fallback), 1)),
                new Row("no known words: the fallback, no search", "asdfgh", null,
                        cls("unemployment", 0.1, false), List.of(MATCHING),
                        new Expect(null, true, false, "fallback", "no known words", start(fallback), 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionTable")
    void eachBranchOfTheDecisionTable(Row row) {
        classifier.answers.put(row.message(), row.classification());
        passages.hits = row.hits();

        Reply reply = engine.answer(new Inquiry(row.message(), Optional.of(Language.TH), Optional.ofNullable(row.topic())));

        Expect e = row.expect();
        assertThat(reply.intent()).as("intent").isEqualTo(e.intent());
        assertThat(reply.fallback()).as("fallback").isEqualTo(e.fallback());
        assertThat(reply.handoff()).as("handoff").isEqualTo(e.handoff());
        assertThat(reply.confidence()).as("confidence").isEqualTo(row.classification().confidence());
        assertThat(why(reply)).as("explanation").containsEntry(e.whyKey(), e.whyValue());
        assertThat(reply.messages()).as("messages").hasSize(e.messages());
        assertThat(firstText(reply)).startsWith(e.firstTextStartsWith());
        if (e.messages() == 2) {
            assertThat(reply.messages().get(1)).isInstanceOf(FlexMessage.class);
            assertThat(reply.citations()).as("cards").isNotEmpty();
            if (!row.hits().isEmpty() && !"answer".equals(e.whyKey()) && !"followUpOf".equals(e.whyKey())) {
                // Without a curated answer, the cards are the passages found.
                assertThat(reply.citations()).extracting(Citation::title).contains(row.hits().get(0).title());
            }
        }
    }

    @Test
    void cardsAreTheAnswersOwnSourcesAndTopicArticlesNeverNewsNoArticleFilesUnderTheTopic() {
        // Scored best and sharing words with the question, but filed under no topic (issue 11: no unrelated items).
        PassageHit news = new PassageHit("n-1", "ลงทะเบียนฉีดวัคซีนผ่านหมอพร้อม",
                "https://www.thaigov.go.th/news/contents/details/1", LocalDate.of(2021, 6, 1), "th", null, List.of(),
                false, "ลงทะเบียนฉีดวัคซีน ผู้ว่างงานและผู้ประกันตนลงทะเบียนได้ที่หมอพร้อม", 9.0);
        classifier.answers.put(UNEMPLOYMENT_QUESTION, cls("unemployment", 0.9, true));
        passages.hits = List.of(news, MATCHING);

        Reply reply = engine.answer(new Inquiry(UNEMPLOYMENT_QUESTION, Optional.of(Language.TH), Optional.empty()));

        assertThat(reply.citations()).extracting(Citation::url).doesNotContain(news.url()).contains(MATCHING.url());
    }

    @Test
    void theBestHitIsShownThoughNoArticleFilesItWhenItsTitleNamesTheTopic() {
        // The question may ask about this very announcement; lesser unfiled hits still stay out.
        PassageHit best = new PassageHit("n-2", "ประกันสังคมปรับเงินทดแทนกรณีว่างงานเป็นร้อยละ 60",
                "https://www.thaigov.go.th/news/contents/details/2", LocalDate.of(2025, 7, 16), "th", null, List.of(),
                false, "ผู้ประกันตนที่ถูกเลิกจ้างได้รับเงินทดแทนร้อยละ 60 ของค่าจ้าง", 9.0);
        PassageHit lesser = new PassageHit("n-3", "ลงทะเบียนฉีดวัคซีนผ่านหมอพร้อม",
                "https://www.thaigov.go.th/news/contents/details/3", LocalDate.of(2021, 6, 1), "th", null, List.of(),
                false, "ผู้ว่างงานและผู้ประกันตนลงทะเบียนได้ที่หมอพร้อม", 8.0);
        classifier.answers.put(UNEMPLOYMENT_QUESTION, cls("unemployment", 0.9, true));
        passages.hits = List.of(best, lesser, MATCHING);

        Reply reply = engine.answer(new Inquiry(UNEMPLOYMENT_QUESTION, Optional.of(Language.TH), Optional.empty()));

        assertThat(reply.citations()).extracting(Citation::url).contains(best.url()).doesNotContain(lesser.url());
    }

    @Test
    void romanisedThaiGetsTheEnglishAnswerWithTheTopicsThaiNameInBrackets() {
        String romanised = "tok ngan laew dai ngern chod chery mai krab";
        classifier.answers.put(romanised, cls("unemployment", 0.9, true));

        Reply reply = engine.answer(new Inquiry(romanised, Optional.empty(), Optional.empty()));

        var unemployment = CATALOG.get("unemployment");
        assertThat(reply.lang()).isEqualTo(Language.EN);
        assertThat(firstText(reply)).startsWith(unemployment.title().en() + " (" + unemployment.title().th() + ")\n")
                .contains(unemployment.answer().in(Language.EN).substring(0, 20));
    }

    @Test
    void aFollowUpIsSearchedWithinTheTopicItContinues() {
        classifier.answers.put(FOLLOW_UP, cls("unemployment", 0.5, true));

        engine.answer(new Inquiry(FOLLOW_UP, Optional.of(Language.TH), Optional.of("maternity")));

        String topic = CATALOG.get("maternity").title().th();
        assertThat(passages.asked).anyMatch(q -> q.contains(FOLLOW_UP) && q.contains(topic));
    }

    @Test
    void theFallbackSuggestsTheLikeliestTopicsButNeverOutOfScope() {
        classifier.answers.put("ไม่แน่ใจ", new Classification("out_of_scope", "out_of_scope", 0.3,
                List.of(candidate("out_of_scope", 0.3), candidate("dental", 0.25), candidate("maternity", 0.2),
                        candidate("sickness_benefit", 0.1), candidate("old_age", 0.05)),
                List.of(), List.of(), true));

        Reply reply = engine.answer(new Inquiry("ไม่แน่ใจ", Optional.of(Language.TH), Optional.empty()));

        assertThat(postbacks(reply).subList(0, 3))
                .containsExactly("intent=dental", "intent=maternity", "intent=sickness_benefit");
        assertThat(postbacks(reply)).doesNotContain("intent=out_of_scope").last().isEqualTo("intent=talk_to_staff");
    }

    @Test
    void theLanguageComesFromTheMessageWhenNoHintIsGiven() {
        classifier.answers.put("how much is unemployment benefit", cls("unemployment", 0.9, true));

        Reply reply = engine.answer(new Inquiry("how much is unemployment benefit", Optional.empty(), Optional.empty()));

        assertThat(reply.lang()).isEqualTo(Language.EN);
        assertThat(firstText(reply)).startsWith(start(CATALOG.get("unemployment").answer().in(Language.EN)));
    }

    @Test
    void aChosenIntentIsAnsweredWithoutClassifying() {
        Reply chosen = engine.answerIntent("dental", Language.EN);
        assertThat(chosen.intent()).isEqualTo("dental");
        assertThat(chosen.confidence()).isEqualTo(1.0);
        assertThat(why(chosen)).containsEntry("chosen", "dental");
        assertThat(firstText(chosen)).startsWith(start(CATALOG.get("dental").answer().in(Language.EN)));

        Reply unknown = engine.answerIntent("no_such_intent", Language.TH);
        assertThat(unknown.intent()).isNull();
        assertThat(unknown.fallback()).isTrue();
        assertThat(firstText(unknown)).isEqualTo(TEXTS.get(Language.TH, "fallback", "1506"));
        assertThat(classifier.answers).isEmpty();
    }

    @Test
    void welcomeAndMediaOfferTheMenu() {
        Reply welcome = engine.welcome(Language.TH);
        assertThat(welcome.intent()).isEqualTo(IntentCatalog.GREETING);
        assertThat(firstText(welcome)).isEqualTo(TEXTS.get(Language.TH, "welcome", "1506"));
        assertThat(postbacks(welcome)).startsWith("intent=" + CATALOG.menu().get(0)).last()
                .isEqualTo("intent=talk_to_staff");

        Reply media = engine.nonText(Language.EN, "image");
        assertThat(media.fallback()).isTrue();
        assertThat(why(media)).containsEntry("event", "image");
        assertThat(firstText(media)).isEqualTo(TEXTS.get(Language.EN, "media", "1506"));
    }

    @Test
    void aMessageAskingTwoThingsGetsBothAnswersWithinLinesLimit() {
        String both = "คลอดลูกได้เท่าไหร่ แล้วสงเคราะห์บุตรยื่นยังไง";
        // Read whole, the second half wins (the reviewer's case); each half read alone names its own topic.
        classifier.answers.put(both, cls("child_allowance", 0.8, true));
        classifier.answers.put("คลอดลูกได้เท่าไหร่", cls("maternity", 0.9, true));
        classifier.answers.put("แล้วสงเคราะห์บุตรยื่นยังไง", cls("child_allowance", 0.9, true));

        Reply reply = engine.answer(new Inquiry(both, Optional.of(Language.TH), Optional.empty()));

        assertThat(reply.intent()).isEqualTo("maternity");
        assertThat(reply.messages().size()).isBetween(2, LineLimits.MAX_MESSAGES);
        List<String> texts = texts(reply);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(texts.get(0)).contains("15,000");
        assertThat(String.join("\n", texts.subList(1, texts.size())))
                .contains(start(CATALOG.get("child_allowance").answer().in(Language.TH)).substring(0, 10));
        assertThat((String) why(reply).get("parts")).startsWith("maternity: ").contains("| child_allowance: ");
    }

    @Test
    void twoQuestionsOfOneTopicAreAnsweredAsOneMessage() {
        String both = "ว่างงานได้เงินกี่วัน แล้วต้องรายงานตัวบ่อยแค่ไหน";
        classifier.answers.put(both, cls("unemployment", 0.9, true));
        classifier.answers.put("ว่างงานได้เงินกี่วัน", cls("unemployment", 0.9, true));
        // Too short to name a topic: read within the topic of the question before it, so one topic in all.
        classifier.answers.put("แล้วต้องรายงานตัวบ่อยแค่ไหน", cls("unemployment", 0.2, true));

        Reply reply = engine.answer(new Inquiry(both, Optional.of(Language.TH), Optional.empty()));

        assertThat(reply.intent()).isEqualTo("unemployment");
        assertThat(why(reply)).doesNotContainKey("parts");
        assertThat(reply.messages().size()).isLessThanOrEqualTo(2);
    }

    @Test
    void aCalculationThatAskedForTheWageUsesTheNextMessage() {
        String question = "ถูกเลิกจ้าง ได้เงินว่างงานเท่าไหร่";
        classifier.answers.put(question, cls("unemployment", 0.9, true));

        Reply asked = engine.answer(new Inquiry(question, Optional.of(Language.TH), Optional.empty()));

        assertThat(asked.memory().asked()).isEqualTo("wage");
        assertThat(firstText(asked)).startsWith(TEXTS.get(Language.TH, "calc.ask.wage"));

        // The next message is a bare number: no topic of its own, read as the wage asked for.
        classifier.answers.put("15000 ค่ะ", cls("contribution_rates", 0.1, false));
        Reply computed = engine.answer(new Inquiry("15000 ค่ะ", Optional.of(Language.TH), Optional.of("unemployment"),
                asked.memory()));

        assertThat(computed.intent()).isEqualTo("unemployment");
        assertThat(firstText(computed)).contains("9,000");
        assertThat(why(computed)).containsEntry("followUpOf", "unemployment");
        assertThat(computed.memory().slots().monthlyWage()).isEqualTo(15000);
        assertThat(computed.memory().asked()).isNull();
    }

    @Test
    void aFollowUpChangesOneFactAndKeepsTheRest() {
        SlotMemory remembered = new SlotMemory(new th.sso.hotline.nlu.slots.Slots(15000, null, null, null,
                th.sso.hotline.nlu.slots.LeaveReason.LAID_OFF, null), null);
        classifier.answers.put("what if I quit myself?", cls("unemployment", 0.55, true));

        Reply reply = engine.answer(new Inquiry("what if I quit myself?", Optional.of(Language.EN),
                Optional.of("unemployment"), remembered));

        assertThat(reply.intent()).isEqualTo("unemployment");
        assertThat(firstText(reply)).contains("4,500").doesNotContain("9,000");
        assertThat(why(reply)).containsKey("remembered");
        assertThat(reply.memory().slots().leaveReason()).isEqualTo(th.sso.hotline.nlu.slots.LeaveReason.RESIGNED);
        assertThat(reply.memory().slots().monthlyWage()).isEqualTo(15000);
    }

    @Test
    void aChangedFactRecalculatesThePreviousTopicEvenWhenReadAsAnotherTopic() {
        SlotMemory remembered = new SlotMemory(new th.sso.hotline.nlu.slots.Slots(16000, null, null, null,
                th.sso.hotline.nlu.slots.LeaveReason.LAID_OFF, null), null);
        // Read as "leaving a job", which has no calculator: the unemployment calculation again, as resigned.
        classifier.answers.put("what if I had quit myself instead?", cls("leaving_job", 0.7, true));

        Reply reply = engine.answer(new Inquiry("what if I had quit myself instead?", Optional.of(Language.EN),
                Optional.of("unemployment"), remembered));

        assertThat(reply.intent()).isEqualTo("unemployment");
        assertThat(firstText(reply)).contains("4,500");

        // A question about another topic with its own calculator is that topic's, with the wage remembered.
        classifier.answers.put("ถ้าลาออกได้เงินว่างงานเท่าไหร่", cls("unemployment", 0.9, true));
        Reply other = engine.answer(new Inquiry("ถ้าลาออกได้เงินว่างงานเท่าไหร่", Optional.of(Language.TH),
                Optional.of("contribution_rates"), remembered));
        assertThat(other.intent()).isEqualTo("unemployment");
        assertThat(firstText(other)).contains("4,500");
    }

    @Test
    void theWageAskedForWithAHowMuchWillIGetIsThePreviousBenefitNotTheContributionRates() {
        String question = "โดนเลิกจ้างค่ะ";
        classifier.answers.put(question, cls("unemployment", 0.9, true));
        Reply asked = engine.answer(new Inquiry(question, Optional.of(Language.TH), Optional.empty()));
        assertThat(asked.memory().asked()).isEqualTo("wage");

        // The wage words read as a contribution question; the message asks what the laid-off person gets.
        String answer = "เงินเดือน 14000 จะได้เดือนละเท่าไหร่";
        classifier.answers.put(answer, cls("contribution_rates", 0.9, true));
        Reply computed = engine.answer(new Inquiry(answer, Optional.of(Language.TH), Optional.of("unemployment"),
                asked.memory()));

        assertThat(computed.intent()).isEqualTo("unemployment");
        assertThat(firstText(computed)).contains("8,400");
    }

    @Test
    void aQuitterWithAWageGetsTheUnemploymentCalculationThoughReadAsContributions() {
        String question = "ลาออกเองเงินเดือน 15000 ได้รวมทั้งหมดเท่าไหร่";
        classifier.answers.put(question, cls("contribution_rates", 0.9, true));

        Reply reply = engine.answer(new Inquiry(question, Optional.of(Language.TH), Optional.empty()));

        assertThat(reply.intent()).isEqualTo("unemployment");
        assertThat(why(reply)).containsEntry("calculatorOf", "unemployment");
        assertThat(firstText(reply)).contains("4,500").contains("13,500");
    }

    @Test
    void aTopicWordThePreviousTopicsOwnExamplesUseKeepsAShortQuestionWithIt() {
        // "contribution" names the contribution topics, but maternity's own examples speak of contribution months too.
        String question = "how many contribution months do I need?";
        classifier.answers.put(question, cls("contribution_rates", 0.3, true));

        Reply reply = engine.answer(new Inquiry(question, Optional.of(Language.EN), Optional.of("maternity"),
                SlotMemory.NONE));

        assertThat(reply.intent()).isEqualTo("maternity");
        assertThat(why(reply)).containsEntry("followUpOf", "maternity");
    }

    @Test
    void anUnsureShortQuestionNearThePreviousTopicContinuesIt() {
        classifier.answers.put("and up to what age?", new Classification("dental", "dental", 0.3,
                List.of(candidate("dental", 0.3), candidate("child_allowance", 0.25), candidate("old_age", 0.2)),
                List.of("w:age"), List.of(), true));

        Reply reply = engine.answer(new Inquiry("and up to what age?", Optional.of(Language.EN),
                Optional.of("child_allowance"), SlotMemory.NONE));

        assertThat(reply.intent()).isEqualTo("child_allowance");
        assertThat(why(reply)).containsEntry("followUpOf", "child_allowance");
    }

    @Test
    void aNumberIsNotReadAsTheWageWhenNothingWasAsked() {
        classifier.answers.put("15000", cls("contribution_rates", 0.1, false));

        Reply reply = engine.answer(new Inquiry("15000", Optional.of(Language.TH), Optional.of("unemployment"),
                SlotMemory.NONE));

        assertThat(reply.fallback()).isTrue();
    }

    @Test
    void theStoredMemoryReadsBackAsWritten() {
        SlotMemory m = new SlotMemory(new th.sso.hotline.nlu.slots.Slots(15000, 180, 55, 33,
                th.sso.hotline.nlu.slots.LeaveReason.CONTRACT_ENDED, 3), "months");
        assertThat(SlotMemory.decode(m.encode())).isEqualTo(m);
        assertThat(SlotMemory.NONE.encode()).isNull();
        assertThat(SlotMemory.decode("wage=abc")).isEqualTo(SlotMemory.NONE);
    }

    private static List<String> texts(Reply reply) {
        return reply.messages().stream().filter(m -> m instanceof TextMessage).map(m -> ((TextMessage) m).text())
                .toList();
    }

    private static Map<String, Object> why(Reply reply) {
        return reply.explanation().asJson();
    }

    private static String firstText(Reply reply) {
        Message first = reply.messages().get(0);
        assertThat(first).isInstanceOf(TextMessage.class);
        return ((TextMessage) first).text();
    }

    private static List<String> postbacks(Reply reply) {
        Message last = reply.messages().get(reply.messages().size() - 1);
        return ((TextMessage) last).quickReply().items().stream()
                .map(i -> ((PostbackAction) i.action()).data()).toList();
    }

    /** The first line of a curated text: enough to know which text was chosen, untouched by added dates. */
    private static String start(String text) {
        return text.lines().findFirst().orElseThrow();
    }

    private static Classification cls(String label, double confidence, boolean signal) {
        String intent = label.contains(":") ? label.substring(0, label.indexOf(':')) : label;
        return new Classification(label, intent, confidence, List.of(candidate(intent, confidence)),
                List.of("w:stub"), List.of(), signal);
    }

    private static Classification.Candidate candidate(String intent, double p) {
        return new Classification.Candidate(intent, p);
    }

    private static PassageHit hit(String title, String text) {
        return new PassageHit("a-" + Arrays.hashCode(title.toCharArray()), title, "https://www.sso.go.th/a/" + title.length(),
                LocalDate.of(2025, 9, 1), "th", "current", List.of("unemployment"), false, text, 3.2);
    }
}
