package th.sso.hotline.nlu;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Intent classification by L2-regularised logistic regression (liblinear) over the features of
 * {@link FeatureExtractor}, trained from the examples in {@code intents/}. Out-of-scope redirects are
 * classes of their own ({@code out_of_scope:<id>}) so near-domain questions for other agencies are
 * recognised as such. The nearest training examples explain each decision to staff.
 */
public final class IntentClassifier implements Classifier {

    private static final double C = 8.0;
    /** liblinear's own default stopping tolerance for logistic regression; a tighter one changed no decision. */
    private static final double EPSILON = 0.01;
    /** Where the long-message temperature starts to take over, and where it has, in words (Thai: 3 letters a word). */
    private static final int LONG_FROM_WORDS = 20;
    private static final int LONG_TO_WORDS = 40;

    private final FeatureExtractor extractor;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<String> featureNames = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final Model model;
    /** liblinear returns a copy of all weights on every call; kept once for explanations. */
    private final double[] weights;
    private final double temperature;
    /** The temperature of long messages ({@link #temperatureFor}). */
    private final double longTemperature;
    /** How much less likely each SSO intent is taken to be when a message names only another agency's schemes. */
    private final double otherSchemeWeight;
    private final DomainEvidence domain;
    private final LatinSpelling spelling;
    private final String[] exampleTexts;
    private final int[] exampleLabels;
    /** Per feature index: the examples that have it and their weights, for nearest-example look-ups. */
    private final int[][] postingExamples;
    private final double[][] postingWeights;

    /**
     * @param temperature softmax temperature over the one-vs-rest decision values; it turns scores into a
     *                    confidence that stays high for short clear messages and low when classes compete
     */
    public IntentClassifier(IntentCatalog catalog, FeatureExtractor extractor, double temperature) {
        this(examplesByLabel(catalog), extractor, temperature, DEFAULT_OTHER_SCHEME_WEIGHT);
    }

    /**
     * @param otherSchemeWeight the factor on every SSO intent's probability when a message names another agency's
     *                          scheme and nothing only the SSO's schemes have ({@link DomainEvidence}); 1 turns it off
     */
    public IntentClassifier(IntentCatalog catalog, FeatureExtractor extractor, double temperature,
                            double otherSchemeWeight) {
        this(examplesByLabel(catalog), extractor, temperature, otherSchemeWeight, DEFAULT_LONG_MESSAGE_TEMPERATURE);
    }

    /** @param longTemperature the softmax temperature of messages of 40 words and more ({@link #temperatureFor}) */
    public IntentClassifier(IntentCatalog catalog, FeatureExtractor extractor, double temperature,
                            double otherSchemeWeight, double longTemperature) {
        this(examplesByLabel(catalog), extractor, temperature, otherSchemeWeight, longTemperature);
    }

    /** The default of {@code hotline.nlu.other-scheme-weight}. */
    public static final double DEFAULT_OTHER_SCHEME_WEIGHT = 0.3;

    /** The default of {@code hotline.nlu.long-message-temperature}. */
    public static final double DEFAULT_LONG_MESSAGE_TEMPERATURE = 0.5;

    /** Every class's training examples: intents by id, out-of-scope redirects as {@code out_of_scope:<id>}. */
    public static Map<String, List<String>> examplesByLabel(IntentCatalog catalog) {
        Map<String, List<String>> examplesByLabel = new LinkedHashMap<>();
        for (IntentDefinition intent : catalog.all()) {
            if (intent.examples() != null) {
                examplesByLabel.put(intent.id(), intent.examples().all());
            }
            for (IntentDefinition.Redirect redirect : intent.redirects()) {
                if (redirect.examples() != null) {
                    examplesByLabel.put(intent.id() + ":" + redirect.id(), redirect.examples().all());
                }
            }
        }
        return examplesByLabel;
    }

    /** A classifier trained on the given examples per class (cross-validation trains one per fold). */
    public IntentClassifier(Map<String, List<String>> examplesByLabel, FeatureExtractor extractor, double temperature) {
        this(examplesByLabel, extractor, temperature, DEFAULT_OTHER_SCHEME_WEIGHT);
    }

    public IntentClassifier(Map<String, List<String>> examplesByLabel, FeatureExtractor extractor, double temperature,
                            double otherSchemeWeight) {
        this(examplesByLabel, extractor, temperature, otherSchemeWeight, DEFAULT_LONG_MESSAGE_TEMPERATURE);
    }

    public IntentClassifier(Map<String, List<String>> examplesByLabel, FeatureExtractor extractor, double temperature,
                            double otherSchemeWeight, double longTemperature) {
        this.extractor = extractor;
        this.temperature = temperature;
        this.longTemperature = longTemperature;
        this.otherSchemeWeight = otherSchemeWeight;
        this.domain = new DomainEvidence(extractor.glossary());
        List<Double> ys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (var entry : examplesByLabel.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            int labelIndex = labels.size();
            labels.add(entry.getKey());
            for (String example : entry.getValue()) {
                ys.add((double) labelIndex);
                texts.add(example);
            }
        }
        // Analysing thousands of examples is most of the start-up time; the extractor is thread-safe, and the
        // vocabulary is then numbered in example order so the model is the same on every start.
        List<Map<String, Double>> extracted = texts.parallelStream().map(extractor::extract).toList();
        List<Feature[]> rows = new ArrayList<>(extracted.size());
        for (Map<String, Double> features : extracted) {
            rows.add(vectorize(features, true));
        }
        if (labels.size() < 2) {
            throw new IllegalStateException("the intent classifier needs examples for at least two intents");
        }
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = featureNames.size();
        problem.x = rows.toArray(Feature[][]::new);
        problem.y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        problem.bias = 1.0;
        Linear.disableDebugOutput();
        this.model = Linear.train(problem, new Parameter(SolverType.L2R_LR, C, EPSILON));
        this.weights = model.getFeatureWeights();
        this.exampleTexts = texts.toArray(String[]::new);
        int[] counts = new int[featureNames.size() + 1];
        for (Feature[] row : rows) {
            for (Feature f : row) {
                counts[f.getIndex()]++;
            }
        }
        this.postingExamples = new int[counts.length][];
        this.postingWeights = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            postingExamples[i] = new int[counts[i]];
            postingWeights[i] = new double[counts[i]];
        }
        int[] filled = new int[counts.length];
        for (int e = 0; e < rows.size(); e++) {
            for (Feature f : rows.get(e)) {
                int i = f.getIndex();
                postingExamples[i][filled[i]] = e;
                postingWeights[i][filled[i]++] = f.getValue();
            }
        }
        this.exampleLabels = ys.stream().mapToInt(Double::intValue).toArray();
        this.spelling = spelling(exampleTexts, extractor);
    }

    /** The words misspellings are folded onto: those of the training examples and the glossary's variants. */
    private static LatinSpelling spelling(String[] exampleTexts, FeatureExtractor extractor) {
        List<String> texts = new ArrayList<>(Arrays.asList(exampleTexts));
        extractor.glossary().terms().forEach(t -> texts.addAll(t.variants()));
        return new LatinSpelling(texts);
    }

    /** A classifier as trained before, read back by {@link TrainedModels}. */
    IntentClassifier(TrainedModels.State state, FeatureExtractor extractor, double temperature,
                     double otherSchemeWeight, double longTemperature) {
        this.extractor = extractor;
        this.temperature = temperature;
        this.longTemperature = longTemperature;
        this.otherSchemeWeight = otherSchemeWeight;
        this.domain = new DomainEvidence(extractor.glossary());
        this.labels.addAll(state.labels());
        this.featureNames.addAll(state.featureNames());
        for (int i = 0; i < featureNames.size(); i++) {
            vocabulary.put(featureNames.get(i), i + 1);
        }
        this.model = state.model();
        this.weights = model.getFeatureWeights();
        this.exampleTexts = state.exampleTexts();
        this.exampleLabels = state.exampleLabels();
        this.postingExamples = state.postingExamples();
        this.postingWeights = state.postingWeights();
        this.spelling = spelling(exampleTexts, extractor);
    }

    /** Everything {@link #classify} needs, to be written by {@link TrainedModels}. */
    TrainedModels.State state() {
        return new TrainedModels.State(List.copyOf(labels), List.copyOf(featureNames), model, exampleTexts,
                exampleLabels, postingExamples, postingWeights);
    }

    @Override
    public Classification classify(String text) {
        Map<String, Double> features = extractor.extract(spellingFolded(text));
        Feature[] x = vectorize(features, false);
        double[] probabilities = new double[labels.size()];
        if (x.length == 0) {
            return new Classification(IntentCatalog.OUT_OF_SCOPE, IntentCatalog.OUT_OF_SCOPE, 0.0, List.of(),
                    List.of(), List.of(), false, 0.0);
        }
        softmax(x, probabilities, temperatureFor(text));
        int[] modelLabels = model.getLabels();
        boolean othersOnly = otherSchemeWeight < 1.0 && domain.othersOnly(features);
        if (othersOnly) {
            weighSsoIntents(modelLabels, probabilities);
        }
        Map<String, Double> byIntent = new HashMap<>();
        String bestLabel = null;
        double bestP = -1;
        for (int i = 0; i < modelLabels.length; i++) {
            String label = labels.get(modelLabels[i]);
            double p = probabilities[i];
            byIntent.merge(intentOf(label), p, Double::sum);
            if (p > bestP) {
                bestP = p;
                bestLabel = label;
            }
        }
        List<Classification.Candidate> ranked = byIntent.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(3)
                .map(e -> new Classification.Candidate(e.getKey(), e.getValue()))
                .toList();
        String intent = intentOf(bestLabel);
        double confidence = byIntent.get(intent);
        return new Classification(bestLabel, intent, confidence, ranked, strongestFeatures(x, bestLabel),
                nearest(x), true, byIntent.getOrDefault(IntentCatalog.OUT_OF_SCOPE, 0.0), othersOnly);
    }

    /** The text with misspelt Latin words folded onto known ones ({@link LatinSpelling}); itself when none is. */
    String spellingFolded(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String folded = spelling.correct(lower);
        return folded == lower || folded.equals(lower) ? text : folded;
    }

    /** Every SSO intent's probability times {@link #otherSchemeWeight}, out of scope's as it was, renormalised. */
    private void weighSsoIntents(int[] modelLabels, double[] probabilities) {
        double sum = 0;
        for (int i = 0; i < modelLabels.length; i++) {
            if (!intentOf(labels.get(modelLabels[i])).equals(IntentCatalog.OUT_OF_SCOPE)) {
                probabilities[i] *= otherSchemeWeight;
            }
            sum += probabilities[i];
        }
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= sum;
        }
    }

    /**
     * The softmax temperature for a message of this length: {@link #temperature} up to {@link #LONG_FROM_WORDS} words,
     * {@link #longTemperature} from {@link #LONG_TO_WORDS} on, in proportion between. A long message spreads its unit
     * feature vector over many words, so its decision values are smaller and one temperature left it less confident
     * than it was right (ECE over 30 words 0.10-0.22 on the dev, own and tuning sets, against 0.07-0.10 for shorter).
     */
    double temperatureFor(String text) {
        double words = QuestionSegments.words(text);
        double ramp = Math.max(0, Math.min(1, (words - LONG_FROM_WORDS) / (double) (LONG_TO_WORDS - LONG_FROM_WORDS)));
        return temperature + (longTemperature - temperature) * ramp;
    }

    private void softmax(Feature[] x, double[] out, double temperature) {
        Linear.predictValues(model, x, out);
        double max = Arrays.stream(out).max().orElse(0);
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp((out[i] - max) / temperature);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    private static String intentOf(String label) {
        int i = label.indexOf(':');
        return i < 0 ? label : label.substring(0, i);
    }

    private Feature[] vectorize(Map<String, Double> features, boolean grow) {
        List<Feature> nodes = new ArrayList<>(features.size());
        for (var e : features.entrySet()) {
            Integer index = vocabulary.get(e.getKey());
            if (index == null && grow) {
                featureNames.add(e.getKey());
                index = featureNames.size();
                vocabulary.put(e.getKey(), index);
            }
            if (index != null) {
                nodes.add(new FeatureNode(index, e.getValue()));
            }
        }
        nodes.sort(Comparator.comparingInt(Feature::getIndex));
        return nodes.toArray(Feature[]::new);
    }

    private List<String> strongestFeatures(Feature[] x, String label) {
        int labelIndex = labels.indexOf(label);
        int[] modelLabels = model.getLabels();
        int column = -1;
        for (int i = 0; i < modelLabels.length; i++) {
            if (modelLabels[i] == labelIndex) {
                column = i;
            }
        }
        int nrClass = model.getNrClass();
        double[] w = weights;
        final int col = column;
        return Arrays.stream(x)
                .map(f -> Map.entry(featureNames.get(f.getIndex() - 1),
                        f.getValue() * w[(f.getIndex() - 1) * (nrClass == 2 ? 1 : nrClass) + (nrClass == 2 ? 0 : col)]))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(5)
                .map(e -> e.getKey() + String.format(" (%.2f)", e.getValue()))
                .toList();
    }

    private List<Classification.NearestExample> nearest(Feature[] x) {
        double[] scores = new double[exampleTexts.length];
        for (Feature f : x) {
            int[] examples = postingExamples[f.getIndex()];
            double[] weights = postingWeights[f.getIndex()];
            for (int i = 0; i < examples.length; i++) {
                scores[examples[i]] += weights[i] * f.getValue();
            }
        }
        int[] best = {-1, -1, -1};
        for (int e = 0; e < scores.length; e++) {
            if (scores[e] <= 0) {
                continue;
            }
            for (int k = 0; k < best.length; k++) {
                if (best[k] < 0 || scores[e] > scores[best[k]]) {
                    System.arraycopy(best, k, best, k + 1, best.length - k - 1);
                    best[k] = e;
                    break;
                }
            }
        }
        List<Classification.NearestExample> out = new ArrayList<>();
        for (int e : best) {
            if (e >= 0) {
                out.add(new Classification.NearestExample(exampleTexts[e], labels.get(exampleLabels[e]),
                        Math.round(scores[e] * 1000) / 1000.0));
            }
        }
        return out;
    }
}
