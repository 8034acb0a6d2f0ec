package th.sso.hotline.nlu;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The intent classifier, read back from the model kept for unchanged intents ({@link TrainedModels}) or else
 * trained, off the start-up thread: learning from thousands of examples takes seconds, which the rest of the
 * start-up (migrations, the index, the HTTP server) can use on the other core.
 * The intent files are read and checked before, so a broken file still stops the service at start.
 * {@link IntentModelHealth} keeps {@code /health} DOWN until training is done.
 */
@Context
public class IntentModel implements Classifier {

    private static final Logger LOG = LoggerFactory.getLogger(IntentModel.class);

    private final CompletableFuture<IntentClassifier> training;
    private final Cache<String, Classification> recent;

    public IntentModel(IntentCatalog catalog, FeatureExtractor extractor, NluProperties properties) {
        this.recent = Caffeine.newBuilder().maximumSize(Math.max(0, properties.getNlu().getCacheSize())).build();
        long started = System.currentTimeMillis();
        this.training = CompletableFuture.supplyAsync(() -> {
            IntentClassifier classifier = new TrainedModels(Path.of(properties.getModelDir()))
                    .loadOrTrain(catalog, extractor, properties.getNlu().getTemperature(),
                            properties.getNlu().getOtherSchemeWeight(),
                            properties.getNlu().getLongMessageTemperature());
            LOG.info("intent classifier ready in {} ms", System.currentTimeMillis() - started);
            return classifier;
        });
        training.exceptionally(e -> {
            LOG.error("cannot train the intent classifier", e);
            return null;
        });
    }

    /** The trained classifier, waiting for the training if it is still running. */
    public IntentClassifier classifier() {
        return training.join();
    }

    @Override
    public Classification classify(String text) {
        IntentClassifier classifier = classifier();
        return text == null ? classifier.classify(null) : recent.get(text, classifier::classify);
    }

    boolean ready() {
        return training.isDone() && !training.isCompletedExceptionally();
    }

    boolean failed() {
        return training.isCompletedExceptionally();
    }
}
