package th.sso.hotline.evaluation;

import th.sso.hotline.nlu.Classification;
import th.sso.hotline.nlu.FeatureExtractor;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentClassifier;
import th.sso.hotline.text.TextNormalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Grouped k-fold cross-validation over the training examples: each fold is held out, a classifier is trained on
 * the rest and scored on it with the dialogue's answer rule. Near-duplicate wordings of one class (character
 * trigram Jaccard at or above {@link #SAME_GROUP}, or the same words in another order) form one group and are
 * always held out together, so a fold never tests a sentence whose twin it was trained on. Reports in-scope
 * accuracy, out-of-scope rejection, the answered-wrong rate per the eval command, and calibration by length band.
 */
public final class CrossValidation {

    static final double SAME_GROUP = 0.6;

    /**
     * The dialogue's rule: answer an intent at or above {@code threshold} unless out of scope is too close, or another
     * intent is (the intent must be {@code runnerUpRatio} times as likely as the next one; 0 turns that off).
     */
    public record AnswerRule(double threshold, double outOfScopeRatio, double runnerUpRatio) {

        public AnswerRule(double threshold, double outOfScopeRatio) {
            this(threshold, outOfScopeRatio, 0.0);
        }

        String decide(Classification c) {
            if (!c.hasSignal() || c.confidence() < threshold || c.outOfScopeTooClose(outOfScopeRatio)
                    || c.runnerUpTooClose(runnerUpRatio) || c.intent().equals(IntentCatalog.OUT_OF_SCOPE)) {
                return null;
            }
            return c.intent();
        }
    }

    /**
     * The thresholds and runner-up ratios the report scores beside the rule in force, so a rule is chosen on held-out
     * folds and not on a real-message half. Measured with the examples of Dec 2026: answered right minus answered wrong
     * stays within 0.50-0.52 over the grid, each point of wrong answers saved costs about one of right ones, and a
     * runner-up ratio of 2 lost right answers on the dev, own and tuning sets, whose messages often ask two things
     * (the two close intents were both right), so the dialogue keeps 0.40 with no runner-up rule.
     */
    static final double[] SWEEP_THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
    static final double[] SWEEP_RUNNER_UP = {0.0, 1.5, 2.0, 2.5, 3.0};

    private record Example(String label, String text, int group) {
    }

    private final FeatureExtractor extractor;
    private final TextNormalizer normalizer;
    private final double temperature;
    private final double otherSchemeWeight;
    private final double longTemperature;
    private final AnswerRule rule;

    public CrossValidation(FeatureExtractor extractor, TextNormalizer normalizer, double temperature, AnswerRule rule) {
        this(extractor, normalizer, temperature, IntentClassifier.DEFAULT_OTHER_SCHEME_WEIGHT, rule);
    }

    public CrossValidation(FeatureExtractor extractor, TextNormalizer normalizer, double temperature,
                           double otherSchemeWeight, AnswerRule rule) {
        this(extractor, normalizer, temperature, otherSchemeWeight, IntentClassifier.DEFAULT_LONG_MESSAGE_TEMPERATURE,
                rule);
    }

    public CrossValidation(FeatureExtractor extractor, TextNormalizer normalizer, double temperature,
                           double otherSchemeWeight, double longTemperature, AnswerRule rule) {
        this.longTemperature = longTemperature;
        this.otherSchemeWeight = otherSchemeWeight;
        this.extractor = extractor;
        this.normalizer = normalizer;
        this.temperature = temperature;
        this.rule = rule;
    }

    public Map<String, Object> run(Map<String, List<String>> examplesByLabel, int k, long seed) {
        List<Example> examples = grouped(examplesByLabel);
        int groups = examples.stream().mapToInt(Example::group).max().orElse(-1) + 1;
        int[] foldOfGroup = new int[groups];
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            order.add(g);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        for (int i = 0; i < order.size(); i++) {
            foldOfGroup[order.get(i)] = i % k;
        }
        int ins = 0, insOk = 0, oos = 0, oosOk = 0, wrong = 0;
        Map<String, int[]> byIntent = new TreeMap<>();
        Calibration calibration = new Calibration();
        List<String> golds = new ArrayList<>();
        List<Classification> readings = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            Map<String, List<String>> train = new LinkedHashMap<>();
            List<Example> test = new ArrayList<>();
            for (Example e : examples) {
                if (foldOfGroup[e.group()] == fold) {
                    test.add(e);
                } else {
                    train.computeIfAbsent(e.label(), l -> new ArrayList<>()).add(e.text());
                }
            }
            IntentClassifier classifier = new IntentClassifier(train, extractor, temperature, otherSchemeWeight,
                    longTemperature);
            for (Example e : test) {
                String gold = intentOf(e.label());
                Classification c = classifier.classify(e.text());
                golds.add(gold);
                readings.add(c);
                String answered = rule.decide(c);
                calibration.add(c.confidence(), c.hasSignal() && c.intent().equals(gold),
                        Calibration.band(Calibration.words(e.text())));
                if (gold.equals(IntentCatalog.OUT_OF_SCOPE)) {
                    oos++;
                    oosOk += answered == null ? 1 : 0;
                } else {
                    ins++;
                    boolean ok = gold.equals(answered);
                    insOk += ok ? 1 : 0;
                    wrong += !ok && answered != null ? 1 : 0;
                    int[] perIntent = byIntent.computeIfAbsent(gold, x -> new int[2]);
                    perIntent[0]++;
                    perIntent[1] += ok ? 1 : 0;
                }
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("folds", k);
        report.put("n", examples.size());
        report.put("groups", groups);
        report.put("in_scope_accuracy", IntentEvaluation.ratio(insOk, ins));
        report.put("oos_rejection", IntentEvaluation.ratio(oosOk, oos));
        report.put("answered_wrong_rate", IntentEvaluation.ratio(wrong, ins));
        report.put("calibration", calibration.report());
        report.put("by_intent", IntentEvaluation.ratios(byIntent));
        report.put("rule_sweep", sweep(golds, readings));
        return report;
    }

    /**
     * The held-out readings decided by each rule of the grid: in-scope accuracy, rejection, answered-wrong rate and
     * answered right minus answered wrong over all examples (the side-by-side comparison's figure).
     */
    private List<String> sweep(List<String> golds, List<Classification> readings) {
        List<String> out = new ArrayList<>();
        for (double threshold : SWEEP_THRESHOLDS) {
            for (double runnerUp : SWEEP_RUNNER_UP) {
                AnswerRule r = new AnswerRule(threshold, rule.outOfScopeRatio(), runnerUp);
                int ins = 0, insOk = 0, oos = 0, oosOk = 0, wrong = 0;
                for (int i = 0; i < golds.size(); i++) {
                    String answered = r.decide(readings.get(i));
                    if (golds.get(i).equals(IntentCatalog.OUT_OF_SCOPE)) {
                        oos++;
                        oosOk += answered == null ? 1 : 0;
                    } else {
                        ins++;
                        insOk += golds.get(i).equals(answered) ? 1 : 0;
                        wrong += answered != null && !golds.get(i).equals(answered) ? 1 : 0;
                    }
                }
                double net = (insOk - wrong - (oos - oosOk)) / (double) Math.max(1, golds.size());
                out.add(String.format(java.util.Locale.ROOT,
                        "threshold=%.2f runner_up=%.1f in_scope=%.3f rejection=%.3f wrong=%.3f right_minus_wrong=%.3f",
                        threshold, runnerUp, IntentEvaluation.ratio(insOk, ins), IntentEvaluation.ratio(oosOk, oos),
                        IntentEvaluation.ratio(wrong, ins), net));
            }
        }
        return out;
    }

    /** Examples numbered by group: within one class, near-duplicates are joined (union-find). */
    private List<Example> grouped(Map<String, List<String>> examplesByLabel) {
        List<Example> out = new ArrayList<>();
        int next = 0;
        for (var entry : examplesByLabel.entrySet()) {
            List<String> texts = entry.getValue();
            List<Set<String>> grams = texts.stream().map(t -> trigrams(normalizer.normalize(t))).toList();
            List<Set<String>> words = texts.stream()
                    .map(t -> (Set<String>) new HashSet<>(List.of(normalizer.normalize(t).split("\\s+")))).toList();
            int[] parent = new int[texts.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    if (words.get(i).equals(words.get(j)) || jaccard(grams.get(i), grams.get(j)) >= SAME_GROUP) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
            Map<Integer, Integer> ids = new LinkedHashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                int root = find(parent, i);
                Integer id = ids.get(root);
                if (id == null) {
                    id = next++;
                    ids.put(root, id);
                }
                out.add(new Example(entry.getKey(), texts.get(i), id));
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static Set<String> trigrams(String s) {
        String t = s.replace(" ", "");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= t.length(); i++) {
            out.add(t.substring(i, i + 3));
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static String intentOf(String label) {
        int i = label.indexOf(':');
        return i < 0 ? label : label.substring(0, i);
    }
}
