package th.sso.hotline.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.bot.messaging.model.TextMessage;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.dialogue.Citation;
import th.sso.hotline.dialogue.Reply;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Scores retrieval on questions with known source announcements ({@code {"id","question","sources","answer_key"}}):
 * Recall@1, Recall@3 and MRR@5 of the first cited source, and whether the reply or its top three passages
 * contain every answer-key string, per language.
 */
public final class RetrievalEvaluation {

    private final ChatService chat;

    public RetrievalEvaluation(ChatService chat) {
        this.chat = chat;
    }

    public Map<String, Object> run(List<JsonNode> items) {
        int r1 = 0, r3 = 0, keyOk = 0, keyN = 0;
        double mrr = 0;
        Map<String, int[]> byLang = new TreeMap<>();
        List<Map<String, Object>> misses = new ArrayList<>();
        for (JsonNode item : items) {
            String question = item.path("question").asText();
            Reply r = chat.ask(new Exchange(Channel.API, "eval:" + item.path("id").asText(), null), question,
                    Optional.empty()).reply();
            Set<String> gold = new HashSet<>();
            item.path("sources").forEach(u -> gold.add(normalise(u.asText())));
            List<String> cited = r.citations().stream().map(c -> normalise(c.url())).toList();
            int rank = 0;
            for (int i = 0; i < Math.min(5, cited.size()); i++) {
                if (gold.contains(cited.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            r1 += rank == 1 ? 1 : 0;
            r3 += rank >= 1 && rank <= 3 ? 1 : 0;
            mrr += rank > 0 ? 1.0 / rank : 0;
            String text = r.messages().stream().map(m -> m instanceof TextMessage t ? t.text() : "")
                    .collect(Collectors.joining("\n")) + "\n"
                    + r.citations().stream().limit(3).map(Citation::passage).collect(Collectors.joining("\n"));
            List<String> keys = new ArrayList<>();
            item.path("answer_key").forEach(k -> {
                if (!question.contains(k.asText())) {
                    keys.add(k.asText());
                }
            });
            boolean keysFound = keys.stream().allMatch(text::contains);
            if (!keys.isEmpty()) {
                keyN++;
                keyOk += keysFound ? 1 : 0;
            }
            int[] lang = byLang.computeIfAbsent(item.path("lang").asText("?"), k -> new int[2]);
            lang[0]++;
            lang[1] += rank >= 1 && rank <= 3 ? 1 : 0;
            if (rank == 0 || rank > 3 || !keysFound) {
                Map<String, Object> miss = new LinkedHashMap<>();
                miss.put("id", item.path("id").asText());
                miss.put("question", question);
                miss.put("rank", rank);
                miss.put("keys_found", keysFound);
                miss.put("cited", cited.stream().limit(3).toList());
                misses.add(miss);
            }
        }
        int n = Math.max(1, items.size());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("n", items.size());
        report.put("recall_at_1", IntentEvaluation.ratio(r1, n));
        report.put("recall_at_3", IntentEvaluation.ratio(r3, n));
        report.put("mrr_at_5", Math.round(1000 * mrr / n) / 1000.0);
        report.put("answer_key_coverage", IntentEvaluation.ratio(keyOk, keyN));
        report.put("recall_at_3_by_lang", IntentEvaluation.ratios(byLang));
        report.put("misses", misses);
        return report;
    }

    private static String normalise(String url) {
        String u = url == null ? "" : url.trim().replace("http://", "https://");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
