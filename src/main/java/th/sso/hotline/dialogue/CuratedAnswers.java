package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.rules.Eligibility;
import th.sso.hotline.knowledge.rules.FigureBook;
import th.sso.hotline.knowledge.rules.FigureText;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.slots.SlotReader;
import th.sso.hotline.nlu.slots.Slots;
import th.sso.hotline.text.TextNormalizer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The curated text that answers one message within a recognised intent, most specific first: a side-by-side
 * comparison of sections, whether the section a follow-up names has the benefit being discussed, the person's own
 * figure from a calculator, the intent's specific question the message asks, and otherwise the intent's overview.
 */
@Singleton
public class CuratedAnswers {

    private static final Pattern COMPARE = Pattern.compile(
            "ต่าง|เทียบ|ดีกว่า|หรือ|กับ|difference|differ|compare|versus|\\bvs\\b|better|or\\b");

    /** A question about an amount: only then does naming a section alone call for a calculation. */
    private static final Pattern AMOUNT = Pattern.compile(
            "เท่า|กี่บาท|กี่เปอร์|กี่%|จ่าย|หัก|ส่งเดือนละ|ทั้งปี|ต่อปี|ปีละ|รวม|how much|how many|cost|pay|deduct|amount"
                    + "|rate|whole year|per year|a year|in total|total|contribution");
    /** "แล้วม.40ล่ะ", "what about section 39?": a short message that only swaps the section. */
    private static final Pattern SWAP = Pattern.compile("แล้ว|ล่ะ|ละ|บ้าง|what about|how about|and |also|too");
    private static final int SWAP_MAX_LENGTH = 40;

    /** What was chosen, for the explanation shown to staff. */
    public enum Kind { COMPARISON, SECTION_FOLLOW_UP, CALCULATION, CALCULATION_QUESTION, SPECIFIC, OVERVIEW }

    /** {@code asked}: the fact the text asks the person for ({@code wage}, {@code months}...), or null. */
    public record Curated(Kind kind, String body, List<IntentDefinition.SourceRef> sources, LocalDate effective,
                          String detail, String asked) {

        public Curated(Kind kind, String body, List<IntentDefinition.SourceRef> sources, LocalDate effective,
                       String detail) {
            this(kind, body, sources, effective, detail, null);
        }
    }

    private final SpecificAnswers specifics;
    private final Calculators calculators;
    private final SlotReader slots;
    private final ComparisonAnswers comparisons;
    private final FigureBook figures;
    private final TextNormalizer normalizer;
    private final Clock clock;
    private final IntentCatalog catalog;

    public CuratedAnswers(SpecificAnswers specifics, Calculators calculators, SlotReader slots,
                          ComparisonAnswers comparisons, FigureBook figures, TextNormalizer normalizer, Clock clock,
                          IntentCatalog catalog) {
        this.specifics = specifics;
        this.calculators = calculators;
        this.slots = slots;
        this.comparisons = comparisons;
        this.figures = figures;
        this.normalizer = normalizer;
        this.clock = clock;
        this.catalog = catalog;
        catalog.all().stream().filter(i -> i.calculator() != null && !calculators.contains(i.calculator()))
                .findFirst().ifPresent(i -> {
                    throw new IllegalStateException("intents/" + i.id() + ".yaml: no calculator " + i.calculator());
                });
    }

    /**
     * @param question the message, or null when the intent was chosen from a menu
     * @param followUp whether the message is read against the previous topic ({@code intent})
     */
    public Curated choose(IntentDefinition intent, String question, boolean followUp, Language lang) {
        return choose(intent, question, followUp, lang, Slots.NONE);
    }

    /** @param remembered what the person said earlier in the conversation, which this message may complete */
    public Curated choose(IntentDefinition intent, String question, boolean followUp, Language lang,
                          Slots remembered) {
        LocalDate today = LocalDate.now(clock);
        if (question != null && !question.isBlank()) {
            List<Integer> sections = slots.sections(question);
            if (sections.size() >= 2 && COMPARE.matcher(normalizer.normalize(question)).find()) {
                List<Integer> compared = sections.subList(0, Math.min(3, sections.size()));
                return new Curated(Kind.COMPARISON, comparisons.compare(compared, today, lang),
                        comparisonSources(compared), null, sections.toString());
            }
            if (followUp && sections.size() == 1) {
                Optional<String> one = comparisons.forSection(intent.id(), sections.get(0), today, lang);
                if (one.isPresent()) {
                    return new Curated(Kind.SECTION_FOLLOW_UP, one.get(), comparisonSources(sections), null,
                            "section " + sections.get(0));
                }
            }
            // A question with no figure of the person's own ("ม.40 อายุเท่าไหร่สมัครได้", "ม.40 ทางเลือก 2 คุ้มครอง
            // กี่กรณี") is answered by the specific it asks, when there is one, before a calculation the section name
            // alone would start: the calculator answers how much a section pays, not who may join or what it covers.
            Optional<SpecificAnswers.Match> match = specifics.find(intent.id(), question);
            // Facts given earlier in the conversation count too ("how much do I get per month?" after the wage).
            boolean ownFigures = personal(remembered.updatedBy(slots.read(question)));
            if (match.isPresent() && !ownFigures) {
                return specific(intent, match.get(), today, lang);
            }
            Optional<Curated> calculated = calculate(intent, question, today, lang, remembered);
            if (calculated.isPresent()) {
                return calculated.get();
            }
            if (match.isPresent()) {
                return specific(intent, match.get(), today, lang);
            }
        }
        String overview = intent.answer() == null ? "" : FigureText.render(intent.answer().in(lang), figures, today);
        return new Curated(Kind.OVERVIEW, overview, intent.sources(), intent.effective(), null);
    }

    private Curated specific(IntentDefinition intent, SpecificAnswers.Match match, LocalDate today, Language lang) {
        IntentDefinition.Specific s = match.specific();
        return new Curated(Kind.SPECIFIC, FigureText.render(s.answer().in(lang), figures, today),
                s.sources().isEmpty() ? intent.sources() : s.sources(),
                s.effective() != null ? s.effective() : intent.effective(),
                s.id() + " (" + Math.round(match.similarity() * 100) / 100.0 + ")");
    }

    /** Facts about the person (wage, months paid, age, why the job ended, children, money spent), not a section. */
    private static boolean personal(Slots said) {
        return said.monthlyWage() != null || said.monthsContributed() != null || said.age() != null
                || said.leaveReason() != null || said.children() != null || said.spent() != null;
    }

    /** Whether the intent has a specific answer to this question (its wording nearer than the general ones). */
    public boolean hasSpecific(IntentDefinition intent, String question) {
        return specifics.find(intent.id(), question).isPresent();
    }

    /**
     * A short message that names one section after a benefit question ("แล้วม.40ได้มั้ย" after childbirth) asks whether
     * that section has the previous topic's benefit, even when the classifier reads the section as a topic of its own.
     */
    public Optional<Curated> sectionSwap(IntentDefinition previousTopic, String question, Language lang) {
        String s = normalizer.normalize(question);
        List<Integer> sections = slots.sections(question);
        if (s.length() > SWAP_MAX_LENGTH || sections.size() != 1 || !SWAP.matcher(s).find()) {
            return Optional.empty();
        }
        return comparisons.forSection(previousTopic.id(), sections.get(0), LocalDate.now(clock), lang)
                .map(text -> new Curated(Kind.SECTION_FOLLOW_UP, text, comparisonSources(sections), null,
                        "section " + sections.get(0)));
    }

    /**
     * The intent's calculation from facts given over several messages (the answer to "เงินเดือนเท่าไหร่คะ?"), or
     * empty when the intent has no calculator or the facts are of no use to it.
     */
    public Optional<Curated> calculateFrom(IntentDefinition intent, Slots facts, Language lang) {
        if (intent.calculator() == null || facts.isEmpty()) {
            return Optional.empty();
        }
        return calculated(intent, facts, LocalDate.now(clock), lang);
    }

    private Optional<Curated> calculate(IntentDefinition intent, String question, LocalDate today, Language lang,
                                        Slots remembered) {
        if (intent.calculator() == null) {
            return Optional.empty();
        }
        Slots said = slots.read(question);
        boolean personal = personal(said);
        // A fact given earlier counts only when this message asks for an amount or adds a fact of its own.
        Slots all = remembered.updatedBy(said);
        if (all.isEmpty() || !personal && !AMOUNT.matcher(normalizer.normalize(question)).find()) {
            return Optional.empty();
        }
        return calculated(intent, all, today, lang);
    }

    private Optional<Curated> calculated(IntentDefinition intent, Slots said, LocalDate today, Language lang) {
        Calculation c = calculators.find(intent.calculator()).orElseThrow().calculate(said, today, lang);
        if (c instanceof Calculation.Result r) {
            String body = r.followUp() instanceof Calculation.Ask ask ? r.text() + "\n\n" + ask.question() : r.text();
            return Optional.of(new Curated(Kind.CALCULATION, body, sourcesOf(r.figureIds(), today, intent), null,
                    intent.calculator(), r.followUp() instanceof Calculation.Ask ask ? ask.slot() : null));
        }
        if (c instanceof Calculation.Ask ask) {
            String overview = intent.answer() == null ? "" : FigureText.render(intent.answer().in(lang), figures, today);
            return Optional.of(new Curated(Kind.CALCULATION_QUESTION, ask.question() + "\n\n" + overview,
                    intent.sources(), intent.effective(), intent.calculator() + " needs " + ask.slot(), ask.slot()));
        }
        return Optional.empty();
    }

    /** The announcements behind the figures a calculation used, newest rule first. */
    private List<IntentDefinition.SourceRef> sourcesOf(List<String> figureIds, LocalDate today, IntentDefinition intent) {
        Map<String, IntentDefinition.SourceRef> curated = new java.util.LinkedHashMap<>();
        intent.sources().forEach(s -> curated.put(s.url(), s));
        return figureIds.stream().map(id -> figures.on(id, today))
                .sorted(java.util.Comparator.comparing(th.sso.hotline.knowledge.rules.FigureVersion::from).reversed())
                .map(v -> curated.getOrDefault(v.source(), new IntentDefinition.SourceRef(v.source(), null, null,
                        v.confirmed())))
                .distinct().limit(3).toList();
    }

    /**
     * A comparison, or whether one section has the benefit discussed, rests on the eligibility table's announcements
     * and on those of each section named that has a topic of its own (ม.39, ม.40); which of them, and of the benefit's
     * own, best fit the question is for the cards to rank.
     */
    private List<IntentDefinition.SourceRef> comparisonSources(List<Integer> sections) {
        List<IntentDefinition.SourceRef> out = new java.util.ArrayList<>(eligibilitySources());
        for (int section : sections) {
            catalog.find("section" + section).ifPresent(i -> i.sources().stream().filter(s -> !out.contains(s))
                    .forEach(out::add));
        }
        return List.copyOf(out);
    }

    private List<IntentDefinition.SourceRef> eligibilitySources() {
        return comparisons.sources().stream().map(s -> new IntentDefinition.SourceRef(s.url(), s.title(), s.titleEn(),
                s.date())).toList();
    }
}
