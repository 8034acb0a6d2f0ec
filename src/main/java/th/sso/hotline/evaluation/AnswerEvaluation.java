package th.sso.hotline.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.bot.messaging.model.TextMessage;
import th.sso.hotline.dialogue.Citation;
import th.sso.hotline.dialogue.Reply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Scores what the assistant says, not only what it recognises, on the answer-quality set
 * ({@code eval/answers.jsonl}: {@code id, text, context, lang, kind, intent, answer_keys, sources, note}, optionally
 * {@code also_intents} for the second topic of a two-part question).
 * <p>
 * Each question is asked as a user would through {@code POST /api/v1/ask}: a fresh user per question, the
 * {@code context} messages first, in order, in the same conversation, then the question; only the last reply is
 * scored. Reported, overall, per kind and per language:
 * <ul>
 * <li>{@code key_coverage}: the share of facts (answer-key groups) found in the reply's text messages;
 * {@code all_keys}: the share of questions whose reply states every fact;</li>
 * <li>{@code expected_source}: the share of questions with one of their {@code sources} among the reply's
 * citations; {@code expected_source_in_cards}: among the source cards shown (see {@link #isCard});</li>
 * <li>{@code off_topic_cards}: off-topic cards over all cards shown (judged by {@link CardTopics}), and
 * {@code cards_per_question};</li>
 * <li>{@code figure_right_number}: for {@code figure} questions, the share whose reply states every key number.</li>
 * </ul>
 */
public final class AnswerEvaluation {

    /** One turn of a conversation: the reply the assistant gives {@code user} for {@code text}. */
    @FunctionalInterface
    public interface Asker {
        Reply ask(String user, String text);
    }

    private final Asker asker;
    private final CardTopics topics;

    public AnswerEvaluation(Asker asker, CardTopics topics) {
        this.asker = asker;
        this.topics = topics;
    }

    /** Counts for one group of questions. */
    static final class Tally {
        int questions, facts, factsFound, allKeys, sourceFound, sourceInCards, cards, offTopicCards, figures,
                figuresRight;

        Map<String, Object> report() {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("n", questions);
            r.put("key_coverage", IntentEvaluation.ratio(factsFound, facts));
            r.put("all_keys", IntentEvaluation.ratio(allKeys, questions));
            r.put("expected_source", IntentEvaluation.ratio(sourceFound, questions));
            r.put("expected_source_in_cards", IntentEvaluation.ratio(sourceInCards, questions));
            r.put("off_topic_cards", IntentEvaluation.ratio(offTopicCards, cards));
            r.put("cards_per_question", questions == 0 ? 0.0 : Math.round(100.0 * cards / questions) / 100.0);
            if (figures > 0) {
                r.put("figure_right_number", IntentEvaluation.ratio(figuresRight, figures));
            }
            return r;
        }
    }

    /** The score of one question. */
    record Scored(int facts, int factsFound, boolean sourceFound, boolean sourceInCards, int cards, int offTopicCards,
                  List<List<String>> missingKeys, List<Map<String, Object>> offTopic) {
        boolean allKeys() {
            return factsFound == facts;
        }
    }

    public Map<String, Object> run(List<JsonNode> items) {
        Tally all = new Tally();
        Map<String, Tally> byKind = new TreeMap<>();
        Map<String, Tally> byLang = new TreeMap<>();
        List<Map<String, Object>> misses = new ArrayList<>();
        for (JsonNode item : items) {
            Reply reply = converse(item);
            Scored s = score(item, reply);
            String kind = item.path("kind").asText("?");
            for (Tally t : List.of(all, byKind.computeIfAbsent(kind, k -> new Tally()),
                    byLang.computeIfAbsent(item.path("lang").asText("?"), k -> new Tally()))) {
                add(t, s, kind);
            }
            if (!s.allKeys() || !s.sourceFound() || !s.sourceInCards() || s.offTopicCards() > 0) {
                Map<String, Object> miss = new LinkedHashMap<>();
                miss.put("id", item.path("id").asText());
                miss.put("kind", kind);
                miss.put("text", item.path("text").asText());
                miss.put("intent", item.path("intent").asText());
                miss.put("replied_intent", reply == null ? null : reply.intent());
                miss.put("missing_keys", s.missingKeys());
                miss.put("source_found", s.sourceFound());
                miss.put("source_in_cards", s.sourceInCards());
                miss.put("expected_sources", item.path("sources"));
                miss.put("off_topic_cards", s.offTopic());
                miss.put("cited", reply == null ? List.of()
                        : reply.citations().stream().map(Citation::url).limit(5).toList());
                miss.put("cards", reply == null ? List.of()
                        : reply.citations().stream().filter(AnswerEvaluation::isCard)
                                .map(c -> c.url() + " | " + c.title()).toList());
                miss.put("decision", reply == null ? null : reply.explanation().notes().toString());
                misses.add(miss);
            }
        }
        Map<String, Object> report = new LinkedHashMap<>(all.report());
        report.put("by_kind", reports(byKind));
        report.put("by_lang", reports(byLang));
        report.put("misses", misses);
        return report;
    }

    private static void add(Tally t, Scored s, String kind) {
        t.questions++;
        t.facts += s.facts();
        t.factsFound += s.factsFound();
        t.allKeys += s.allKeys() ? 1 : 0;
        t.sourceFound += s.sourceFound() ? 1 : 0;
        t.sourceInCards += s.sourceInCards() ? 1 : 0;
        t.cards += s.cards();
        t.offTopicCards += s.offTopicCards();
        if ("figure".equals(kind)) {
            t.figures++;
            t.figuresRight += s.allKeys() ? 1 : 0;
        }
    }

    private static Map<String, Object> reports(Map<String, Tally> tallies) {
        Map<String, Object> out = new TreeMap<>();
        tallies.forEach((k, t) -> out.put(k, t.report()));
        return out;
    }

    /** Sends the context messages, then the question, as one user in one conversation; returns the last reply. */
    Reply converse(JsonNode item) {
        String user = "eval-answers:" + item.path("id").asText();
        for (JsonNode previous : item.path("context")) {
            asker.ask(user, previous.asText());
        }
        return asker.ask(user, item.path("text").asText());
    }

    Scored score(JsonNode item, Reply reply) {
        String text = reply == null ? "" : replyText(reply);
        int facts = 0, found = 0;
        List<List<String>> missing = new ArrayList<>();
        for (JsonNode fact : item.path("answer_keys")) {
            List<String> alternatives = new ArrayList<>();
            if (fact.isArray()) {
                fact.forEach(a -> alternatives.add(a.asText()));
            } else {
                alternatives.add(fact.asText());
            }
            facts++;
            if (AnswerKeys.found(text, alternatives)) {
                found++;
            } else {
                missing.add(alternatives);
            }
        }
        Set<String> gold = new java.util.HashSet<>();
        item.path("sources").forEach(u -> gold.add(CardTopics.normaliseUrl(u.asText())));
        List<Citation> citations = reply == null ? List.of() : reply.citations();
        List<Citation> cards = citations.stream().filter(AnswerEvaluation::isCard).toList();
        boolean sourceFound = citations.stream().anyMatch(c -> gold.contains(CardTopics.normaliseUrl(c.url())));
        boolean sourceInCards = cards.stream().anyMatch(c -> gold.contains(CardTopics.normaliseUrl(c.url())));
        List<String> extra = new ArrayList<>();
        item.path("also_intents").forEach(i -> extra.add(i.asText()));
        String intent = item.path("intent").asText();
        List<Map<String, Object>> offTopic = new ArrayList<>();
        for (Citation c : cards) {
            if (topics.offTopic(c, intent, extra)) {
                Map<String, Object> card = new LinkedHashMap<>();
                card.put("url", c.url());
                card.put("title", c.title());
                card.put("topics", topics.topics(c));
                offTopic.add(card);
            }
        }
        return new Scored(facts, found, sourceFound, sourceInCards, cards.size(), offTopic.size(), missing, offTopic);
    }

    /**
     * Whether a citation was shown as a source card: cards come from retrieved passages; an intent's curated
     * sources are appended to the citations without a passage and are only listed in the text when no passage
     * was found, so they count for {@code expected_source} but are not cards.
     */
    static boolean isCard(Citation c) {
        return c.passage() != null && !c.passage().isBlank();
    }

    /** The text a user reads: every text message of the reply (not the cards, whose passages are not an answer). */
    static String replyText(Reply reply) {
        return reply.messages().stream().filter(m -> m instanceof TextMessage)
                .map(m -> ((TextMessage) m).text()).collect(Collectors.joining("\n"));
    }
}
