package th.sso.hotline.evaluation;

import org.junit.jupiter.api.Test;
import th.sso.hotline.nlu.FeatureExtractor;
import th.sso.hotline.text.Glossary;
import th.sso.hotline.text.GlossaryFile;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.TextNormalizer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CrossValidationTest {

    private static Map<String, Object> run(Map<String, List<String>> examples, int k) {
        TextNormalizer normalizer = new TextNormalizer();
        Glossary glossary = GlossaryFile.in(Path.of("intents")).read();
        try (TextAnalysis analysis = new TextAnalysis(glossary)) {
            return new CrossValidation(new FeatureExtractor(analysis, normalizer), normalizer, 0.7,
                    new CrossValidation.AnswerRule(0.4, 3.0)).run(examples, k, 1L);
        }
    }

    @Test
    void nearDuplicateWordingsAreOneGroupAndEveryExampleIsTestedOnce() {
        Map<String, List<String>> examples = new LinkedHashMap<>();
        examples.put("maternity", List.of("maternity benefit how much", "how much maternity benefit",
                "คลอดลูกได้เงินเท่าไหร่", "คลอดลูกได้เงินเท่าไหร่คะ", "having a baby, what does social security pay",
                "ค่าคลอดบุตรเบิกได้กี่บาท"));
        examples.put("dental", List.of("dental cover per year", "ทำฟันเบิกได้ปีละกี่บาท", "ขูดหินปูนใช้สิทธิได้ไหม",
                "can I get my teeth cleaned with SSO", "tooth filling how much, how much can I claim"));
        examples.put("out_of_scope:weather", List.of("พรุ่งนี้ฝนตกไหม", "weather in bangkok tomorrow",
                "อากาศร้อนไหมวันนี้", "will it rain in phuket"));
        Map<String, Object> report = run(examples, 3);
        assertThat(report).containsEntry("n", 15).containsEntry("folds", 3);
        // Two pairs join: the same words in another order, and a particle added to the same sentence.
        assertThat(report).containsEntry("groups", 13);
        @SuppressWarnings("unchecked")
        Map<String, Object> calibration = (Map<String, Object>) report.get("calibration");
        assertThat(calibration).containsEntry("n", 15);
        assertThat((double) report.get("in_scope_accuracy")).isBetween(0.0, 1.0);
        // The grid's row for the rule in force scores what the report headlines.
        @SuppressWarnings("unchecked")
        List<String> sweep = (List<String>) report.get("rule_sweep");
        assertThat(sweep).hasSize(CrossValidation.SWEEP_THRESHOLDS.length * CrossValidation.SWEEP_RUNNER_UP.length);
        assertThat(sweep).filteredOn(row -> row.startsWith("threshold=0.40 runner_up=0.0 ")).singleElement()
                .asString().contains(String.format(java.util.Locale.ROOT, "in_scope=%.3f rejection=%.3f wrong=%.3f",
                        report.get("in_scope_accuracy"), report.get("oos_rejection"), report.get("answered_wrong_rate")));
    }

    @Test
    void trigramJaccardOfIdenticalAndDisjointTexts() {
        assertThat(CrossValidation.jaccard(CrossValidation.trigrams("abcd"), CrossValidation.trigrams("abcd")))
                .isEqualTo(1.0);
        assertThat(CrossValidation.jaccard(CrossValidation.trigrams("abcd"), CrossValidation.trigrams("wxyz")))
                .isEqualTo(0.0);
    }
}
