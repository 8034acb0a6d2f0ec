package th.sso.hotline.nlu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluation messages must never leak into training: no example of 20 or more characters in {@code intents/}
 * (intent examples, redirect examples and specific-answer examples) may be within character-trigram Jaccard
 * 0.8 of any message in {@code eval/*.jsonl} or {@code ../shared/eval/dev-*.jsonl} (when present).
 */
class NoEvaluationTextInTrainingTest {

    static final double LIMIT = 0.8;
    static final int MIN_CHARS = 20;

    static Set<String> trigrams(String text) {
        String s = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim() + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) {
            grams.add(s.substring(i, i + 3));
        }
        return grams;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String g : a) {
            if (b.contains(g)) {
                shared++;
            }
        }
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    record Message(String id, String text) {
    }

    /**
     * Training examples at or above the limit with the id of the evaluation message they copy, found through a
     * trigram index; the evaluation text itself is not shown, so a locked item is never read through this test.
     */
    static List<String> leaks(List<String> training, List<Message> evaluation) {
        List<Set<String>> trainGrams = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (String example : training) {
            Set<String> grams = trigrams(example);
            int id = trainGrams.size();
            trainGrams.add(grams);
            for (String g : grams) {
                postings.computeIfAbsent(g, k -> new ArrayList<>()).add(id);
            }
        }
        List<String> found = new ArrayList<>();
        for (Message message : evaluation) {
            Set<String> grams = trigrams(message.text());
            Map<Integer, Integer> shared = new HashMap<>();
            for (String g : grams) {
                for (int id : postings.getOrDefault(g, List.of())) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
            for (var e : shared.entrySet()) {
                Set<String> t = trainGrams.get(e.getKey());
                double j = (double) e.getValue() / (t.size() + grams.size() - e.getValue());
                if (j >= LIMIT) {
                    found.add(String.format("%.2f  %s  <->  %s", j, training.get(e.getKey()), message.id()));
                }
            }
        }
        return found;
    }

    static List<String> trainingExamples(Path intentsDir) {
        List<String> out = new ArrayList<>();
        for (IntentDefinition intent : IntentFiles.readIntents(intentsDir)) {
            if (intent.examples() != null) {
                out.addAll(intent.examples().all());
            }
            for (IntentDefinition.Redirect r : intent.redirects()) {
                if (r.examples() != null) {
                    out.addAll(r.examples().all());
                }
            }
            for (IntentDefinition.Specific s : intent.specifics()) {
                if (s.examples() != null) {
                    out.addAll(s.examples().all());
                }
            }
        }
        return out.stream().filter(e -> e.strip().length() >= MIN_CHARS).toList();
    }

    static List<Message> evaluationMessages() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of("eval"), "*.jsonl")) {
            s.forEach(files::add);
        }
        Path shared = Path.of("../shared/eval");
        if (Files.isDirectory(shared)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(shared, "dev-*.jsonl")) {
                s.forEach(files::add);
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<Message> out = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = json.readTree(line);
                for (String field : List.of("text", "question")) {
                    if (item.hasNonNull(field)) {
                        out.add(new Message(f.getFileName() + ":" + item.path("id").asText(), item.get(field).asText()));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noTrainingExampleIsANearCopyOfAnEvaluationMessage() throws IOException {
        List<Message> evaluation = evaluationMessages();
        assertThat(evaluation).hasSizeGreaterThan(100);
        assertThat(leaks(trainingExamples(Path.of("intents")), evaluation)).isEmpty();
    }

    @Test
    void theCheckFindsANearCopy() {
        String message = "นายจ้างหักเงินประกันสังคมแต่ไม่ส่งให้ สปส. ต้องทำอย่างไร";
        assertThat(leaks(List.of(message + "ครับ", "อากาศวันนี้ร้อนมาก กรุงเทพกี่องศา"),
                List.of(new Message("m", message)))).hasSize(1);
        assertThat(leaks(List.of("อากาศวันนี้ร้อนมาก กรุงเทพกี่องศา"), List.of(new Message("m", message)))).isEmpty();
    }
}
