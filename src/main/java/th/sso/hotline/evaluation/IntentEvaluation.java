package th.sso.hotline.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.dialogue.Reply;
import th.sso.hotline.nlu.IntentCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores understanding on labelled messages ({@code {"id","text","intents":[...],"lang"}}) through the same
 * path as a chat message, the way {@code ask_eval.py} scores the HTTP API: in-scope accuracy, out-of-scope
 * rejection, the rate of confident wrong answers, per language and per intent, and the confusions.
 */
public final class IntentEvaluation {

    private final ChatService chat;

    public IntentEvaluation(ChatService chat) {
        this.chat = chat;
    }

    /**
     * Keeps the items of one half of a split set ({@code "split": "tune"} or {@code "locked"}); items without a
     * {@code split} field belong to no half and are always kept. A null or blank split keeps everything.
     */
    public static List<JsonNode> onlySplit(List<JsonNode> items, String split) {
        if (split == null || split.isBlank()) {
            return items;
        }
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode s = item.get("split");
            if (s == null || s.isNull() || s.asText().equals(split)) {
                kept.add(item);
            }
        }
        return kept;
    }

    public Map<String, Object> run(List<JsonNode> items) {
        int ins = 0, insOk = 0, oos = 0, oosOk = 0, wrong = 0;
        Map<String, int[]> byLang = new TreeMap<>();
        Map<String, int[]> byIntent = new TreeMap<>();
        Map<String, int[]> byStyle = new TreeMap<>();
        Map<String, int[]> byLength = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        List<Map<String, Object>> misses = new ArrayList<>();
        Calibration calibration = new Calibration();
        for (JsonNode item : items) {
            List<String> gold = new ArrayList<>();
            item.path("intents").forEach(n -> gold.add(n.asText()));
            String text = item.path("text").asText();
            Reply r = chat.ask(new Exchange(Channel.API, "eval:" + item.path("id").asText(), null), text,
                    Optional.empty()).reply();
            String intent = r.intent();
            boolean rejected = r.fallback() || intent == null || intent.equals(IntentCatalog.OUT_OF_SCOPE);
            boolean ok;
            if (gold.equals(List.of(IntentCatalog.OUT_OF_SCOPE))) {
                oos++;
                ok = rejected;
                oosOk += ok ? 1 : 0;
            } else {
                ins++;
                ok = gold.contains(intent) && !r.fallback();
                insOk += ok ? 1 : 0;
                wrong += !ok && !rejected ? 1 : 0;
                int[] perIntent = byIntent.computeIfAbsent(gold.get(0), k -> new int[2]);
                perIntent[0]++;
                perIntent[1] += ok ? 1 : 0;
            }
            int words = item.hasNonNull("words") ? item.get("words").asInt() : Calibration.words(text);
            String top = topIntent(r);
            calibration.add(r.confidence(), top != null && gold.contains(top), Calibration.band(words));
            int[] lang = byLang.computeIfAbsent(item.path("lang").asText("?"), k -> new int[2]);
            lang[0]++;
            lang[1] += ok ? 1 : 0;
            if (item.hasNonNull("style")) {
                int[] style = byStyle.computeIfAbsent(item.get("style").asText(), k -> new int[2]);
                style[0]++;
                style[1] += ok ? 1 : 0;
            }
            if (item.hasNonNull("words")) {
                int[] band = byLength.computeIfAbsent(item.get("words").asInt() > 30 ? "over30" : "upto30",
                        k -> new int[2]);
                band[0]++;
                band[1] += ok ? 1 : 0;
            }
            if (!ok) {
                String got = rejected ? "fallback" : intent;
                confusions.merge(gold.get(0) + " -> " + got, 1, Integer::sum);
                Map<String, Object> miss = new LinkedHashMap<>();
                miss.put("id", item.path("id").asText());
                miss.put("text", text);
                miss.put("gold", gold);
                miss.put("got", got);
                miss.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
                misses.add(miss);
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("n", items.size());
        report.put("in_scope_accuracy", ratio(insOk, ins));
        report.put("oos_rejection", ratio(oosOk, oos));
        report.put("answered_wrong_rate", ratio(wrong, ins));
        report.put("by_lang", ratios(byLang));
        if (!byStyle.isEmpty()) {
            report.put("by_style", ratios(byStyle));
        }
        if (!byLength.isEmpty()) {
            report.put("by_length", ratios(byLength));
        }
        report.put("calibration", calibration.report());
        report.put("by_intent", ratios(byIntent));
        report.put("confusions", top(confusions));
        report.put("misses", misses);
        return report;
    }

    /** The classifier's first choice, also when the reply fell back (then it is in the explanation). */
    private static String topIntent(Reply r) {
        if (r.intent() != null && !r.fallback()) {
            return r.intent();
        }
        if (r.explanation() != null && !r.explanation().ranked().isEmpty()) {
            return r.explanation().ranked().get(0).intent();
        }
        return r.intent();
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0.0 : Math.round(1000.0 * a / b) / 1000.0;
    }

    static Map<String, Double> ratios(Map<String, int[]> counts) {
        Map<String, Double> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, ratio(v[1], v[0])));
        return out;
    }

    private static Map<String, Integer> top(Map<String, Integer> confusions) {
        Map<String, Integer> out = new LinkedHashMap<>();
        confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
