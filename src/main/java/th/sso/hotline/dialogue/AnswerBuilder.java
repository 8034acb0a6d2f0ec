package th.sso.hotline.dialogue;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.search.PassageHit;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.nlu.LanguageDetector;
import th.sso.hotline.text.TextNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reply for a recognised intent: its curated answer with the date of the rule, and up to three source cards,
 * the answer's own sources first (see {@link AnswerCards}), dated and labelled when past or draft.
 */
@Singleton
public class AnswerBuilder {

    static final int SUPPORTING = 3;

    private final ReplyComposer composer;
    private final BotTexts texts;
    private final SourceCards cards;
    private final AnswerCards answerCards;
    private final LanguageDetector languages;
    private final TextNormalizer normalizer;

    public AnswerBuilder(ReplyComposer composer, BotTexts texts, SourceCards cards, AnswerCards answerCards,
                         LanguageDetector languages, TextNormalizer normalizer) {
        this.languages = languages;
        this.normalizer = normalizer;
        this.composer = composer;
        this.texts = texts;
        this.cards = cards;
        this.answerCards = answerCards;
    }

    public Reply forIntent(IntentDefinition intent, double confidence, Language lang, String question,
                           Decision explanation) {
        return forCurated(intent, new CuratedAnswers.Curated(CuratedAnswers.Kind.OVERVIEW,
                intent.answer() == null ? "" : intent.answer().in(lang), intent.sources(), intent.effective(), null),
                confidence, lang, question, explanation);
    }

    /** The reply for a recognised intent with the curated text chosen for this message (see {@link CuratedAnswers}). */
    public Reply forCurated(IntentDefinition intent, CuratedAnswers.Curated curated, double confidence, Language lang,
                            String question, Decision explanation) {
        return forParts(List.of(new Part(intent, curated, question)), confidence, lang, question, explanation);
    }

    /** One question of a message and the curated text chosen for it within its intent. */
    public record Part(IntentDefinition intent, CuratedAnswers.Curated curated, String question) {
    }

    /**
     * The reply to a message that asks one thing or several ("คลอดลูกได้เท่าไหร่ แล้วสงเคราะห์บุตรยื่นยังไง"): one text
     * per question, in the order asked, then one set of source cards taking each answer's best cards in turn, so
     * the reply stays within LINE's five messages. The first question's intent names the reply and its quick replies.
     */
    public Reply forParts(List<Part> parts, double confidence, Language lang, String message, Decision explanation) {
        List<StringBuilder> bodies = new ArrayList<>();
        List<IntentDefinition.SourceRef> allSources = new ArrayList<>();
        List<List<PassageHit>> hitsByPart = new ArrayList<>();
        for (Part part : parts) {
            IntentDefinition intent = part.intent();
            CuratedAnswers.Curated curated = part.curated();
            StringBuilder body = new StringBuilder();
            if (lang == Language.EN && message != null && intent.title() != null
                    && languages.isRomanisedThai(normalizer.normalize(message))) {
                // Written in romanised Thai, answered in English: the topic's Thai name, to say or show at an office.
                body.append(intent.title().en()).append(" (").append(intent.title().th()).append(")\n");
            }
            body.append(curated.body());
            if (curated.effective() != null) {
                body.append("\n\n").append(texts.get(lang, "answer.asof", DisplayDates.format(curated.effective(), lang)));
            }
            bodies.add(body);
            // A specific's or a calculation's own sources lead, in their order; an overview's are the intent's, ranked
            // by how well each matches the question (a question often names one measure the overview only sums up).
            // A comparison's or a section follow-up's sources (the table's and each section's) are ranked the same way.
            boolean ranked = curated.kind() == CuratedAnswers.Kind.OVERVIEW
                    || curated.kind() == CuratedAnswers.Kind.COMPARISON
                    || curated.kind() == CuratedAnswers.Kind.SECTION_FOLLOW_UP;
            List<IntentDefinition.SourceRef> primary = ranked ? List.of() : List.copyOf(curated.sources());
            List<IntentDefinition.SourceRef> sources = new ArrayList<>(curated.sources());
            intent.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
            List<IntentDefinition.SourceRef> secondary = sources.stream().filter(s -> !primary.contains(s)).toList();
            // Cards: the first question's, searched with the whole message (more words, better found), then one set
            // for each other topic asked about; a second question within the same topic adds text, not cards.
            boolean newTopic = parts.subList(0, bodies.size() - 1).stream().noneMatch(p -> p.intent().id().equals(intent.id()));
            if (bodies.size() == 1 || newTopic) {
                String asked = bodies.size() == 1 && message != null ? message : part.question();
                // A follow-up ("แล้วต้องไปลงทะเบียนที่ไหนคะ") is searched within the topic it continues, not on its own
                // words alone, which find any registration (vaccines, relief schemes).
                if (asked != null && intent.title() != null && explanation != null
                        && explanation.note(Decision.Note.FOLLOW_UP_OF).filter(intent.id()::equals).isPresent()) {
                    asked = asked + "\n" + intent.title().in(lang);
                }
                hitsByPart.add(answerCards.choose(intent, primary, secondary, asked, lang));
            }
            sources.stream().filter(s -> !allSources.contains(s)).forEach(allSources::add);
        }
        List<PassageHit> hits = takeInTurn(hitsByPart, SUPPORTING);
        IntentDefinition first = parts.get(0).intent();
        List<QuickReplyItem> quickReplies = composer.followUps(first, lang);
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < bodies.size() - 1; i++) {
            messages.add(composer.text(bodies.get(i).toString(), List.of()));
        }
        StringBuilder last = bodies.get(bodies.size() - 1);
        if (hits.isEmpty()) {
            appendSourceLines(last, allSources, lang);
            messages.add(composer.text(last.toString(), quickReplies));
        } else {
            messages.add(composer.text(last.toString(), List.of()));
            messages.add(cards.cards(hits, lang, quickReplies));
        }
        boolean handoff = parts.stream().anyMatch(p -> p.intent().handoff());
        return new Reply(first.id(), confidence, false, handoff, lang, ReplyComposer.atMost(messages),
                citations(hits, allSources), explanation);
    }

    /** The first card of each list, then the second of each, ..., each announcement once, at most {@code max}. */
    private static List<PassageHit> takeInTurn(List<List<PassageHit>> lists, int max) {
        Map<String, PassageHit> out = new LinkedHashMap<>();
        for (int rank = 0; out.size() < max; rank++) {
            boolean any = false;
            for (List<PassageHit> hits : lists) {
                if (rank < hits.size()) {
                    any = true;
                    PassageHit h = hits.get(rank);
                    if (out.size() < max) {
                        out.putIfAbsent(h.url() != null ? h.url() : h.announcementId(), h);
                    }
                }
            }
            if (!any) {
                break;
            }
        }
        return List.copyOf(out.values());
    }

    /** No intent fits, but an announcement clearly does: show it, dated, and say it is not a checked answer. */
    public Reply fromPassages(List<PassageHit> hits, double confidence, Language lang, Decision explanation,
                              List<QuickReplyItem> quickReplies, String hotline) {
        PassageHit best = hits.get(0);
        String body = texts.get(lang, "passage.intro") + "\n\n" + best.title() + "\n"
                + LineLimits.fit(best.text().strip(), 1200) + "\n\n" + texts.get(lang, "passage.outro", hotline);
        List<Message> messages = List.of(composer.text(body, List.of()), cards.cards(hits, lang, quickReplies));
        return new Reply(null, confidence, false, false, lang, messages, citations(hits, List.of()), explanation);
    }

    /** The honest fallback, with announcements about the question's subject that may help, never as an answer. */
    public Reply fallbackWithRelated(String fallbackText, List<PassageHit> related, double confidence, Language lang,
                                     Decision explanation, List<QuickReplyItem> quickReplies) {
        List<Message> messages = List.of(composer.text(fallbackText, List.of()), cards.cards(related, lang, quickReplies));
        return new Reply(null, confidence, true, false, lang, messages, citations(related, List.of()), explanation);
    }

    private void appendSourceLines(StringBuilder body, List<IntentDefinition.SourceRef> sources, Language lang) {
        if (sources.isEmpty()) {
            return;
        }
        body.append("\n").append(texts.get(lang, "source.header")).append(":");
        for (IntentDefinition.SourceRef source : sources.subList(0, Math.min(2, sources.size()))) {
            String title = source.title(lang) != null ? source.title(lang) : texts.get(lang, "source.announcement");
            body.append("\n").append(texts.get(lang, "source.line", title, DisplayDates.format(source.date(), lang)))
                    .append("\n  ").append(source.url());
        }
    }

    /** The cards shown (own sources first), then the answer's other curated sources, each URL once. */
    private static List<Citation> citations(List<PassageHit> hits, List<IntentDefinition.SourceRef> sources) {
        Map<String, Citation> byUrl = new LinkedHashMap<>();
        for (PassageHit h : hits) {
            String key = h.url() != null ? h.url() : h.announcementId();
            byUrl.putIfAbsent(key, new Citation(h.title(), h.url(), h.date() == null ? null : h.date().toString(),
                    h.text(), Math.round(h.score() * 1000) / 1000.0));
        }
        for (IntentDefinition.SourceRef s : sources) {
            byUrl.putIfAbsent(s.url(), new Citation(s.title(), s.url(), s.date() == null ? null : s.date().toString(),
                    "", 0.0));
        }
        return List.copyOf(byUrl.values());
    }
}
