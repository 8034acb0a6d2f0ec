package th.sso.hotline.nlu;

import de.bwaldvogel.liblinear.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Trained intent classifiers kept on disk, one file per fingerprint of what training read (the examples per
 * label, the glossary and the classifier's own code), the way the passage index is kept: an unchanged restart
 * reads the model back instead of training it again. A file that cannot be read is ignored and trained anew.
 */
final class TrainedModels {

    private static final Logger LOG = LoggerFactory.getLogger(TrainedModels.class);
    /** Bump when features or training change in a way the code fingerprint would not show. */
    private static final String FORMAT = "intent-model-v1";
    private static final String SUFFIX = ".model";

    /** What a trained classifier is made of. */
    record State(List<String> labels, List<String> featureNames, Model model, String[] exampleTexts,
                 int[] exampleLabels, int[][] postingExamples, double[][] postingWeights) implements Serializable {
    }

    private final Path dir;

    TrainedModels(Path dir) {
        this.dir = dir;
    }

    /** The classifier trained from exactly this catalog and extractor, from disk or trained (and then kept). */
    IntentClassifier loadOrTrain(IntentCatalog catalog, FeatureExtractor extractor, double temperature,
                                 double otherSchemeWeight) {
        return loadOrTrain(catalog, extractor, temperature, otherSchemeWeight,
                IntentClassifier.DEFAULT_LONG_MESSAGE_TEMPERATURE);
    }

    /** As above, with the temperature of long messages (not part of what is kept: it changes no weight). */
    IntentClassifier loadOrTrain(IntentCatalog catalog, FeatureExtractor extractor, double temperature,
                                 double otherSchemeWeight, double longTemperature) {
        String fingerprint = fingerprint(catalog, extractor);
        Path file = dir.resolve(fingerprint + SUFFIX);
        Optional<State> kept = read(file);
        if (kept.isPresent()) {
            return new IntentClassifier(kept.get(), extractor, temperature, otherSchemeWeight, longTemperature);
        }
        IntentClassifier trained = new IntentClassifier(catalog, extractor, temperature, otherSchemeWeight,
                longTemperature);
        write(file, trained.state());
        return trained;
    }

    static String fingerprint(IntentCatalog catalog, FeatureExtractor extractor) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, FORMAT);
            update(digest, codeIdentity());
            update(digest, extractor.glossary().toString());
            // By label: the catalog's own order (an immutable map's) changes from one JVM run to the next.
            for (Map.Entry<String, List<String>> e : new TreeMap<>(IntentClassifier.examplesByLabel(catalog)).entrySet()) {
                update(digest, e.getKey());
                for (String example : e.getValue()) {
                    update(digest, example);
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    /**
     * The code that turns text into features and trains: a jar by its size and time, classes in a folder (a
     * development build) by the content of the text and nlu packages, so a change to either retrains.
     */
    static String codeIdentity() {
        try {
            CodeSource source = IntentClassifier.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location.getFileName() + "|" + Files.size(location) + "|" + Files.getLastModifiedTime(location).toMillis();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String pkg : List.of("th/sso/hotline/nlu", "th/sso/hotline/text")) {
                Path classes = location.resolve(pkg);
                if (!Files.isDirectory(classes)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(f));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | RuntimeException | NoSuchAlgorithmException e) {
            // Unknown code: a fresh identity, so nothing kept is trusted.
            return "unknown-" + UUID.randomUUID();
        }
    }

    private Optional<State> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(TrainedModels::allowed);
            return Optional.of((State) objects.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.warn("kept intent model {} unreadable ({}); training again", file.getFileName(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Only what a {@link State} is made of is read back. */
    private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info) {
        Class<?> c = info.serialClass();
        if (c == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        boolean ok = c.isPrimitive() || c == State.class || c == String.class || c == Model.class
                || c.getName().startsWith("de.bwaldvogel.liblinear.") || c.getName().startsWith("java.util.ImmutableCollections")
                || c.getName().equals("java.util.CollSer") || c == java.util.ArrayList.class || c == Enum.class
                || c == Object.class;
        return ok ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    /** Written to a temporary file and moved into place, so a half-written model is never read. */
    private void write(Path file, State state) {
        try {
            Files.createDirectories(dir);
            Path temporary = dir.resolve(file.getFileName() + ".tmp-" + UUID.randomUUID());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
                 ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(state);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> others = Files.list(dir)) {
                for (Path other : others.filter(p -> !p.equals(file) && p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Keeping the model only saves time at the next start; the trained one serves all the same.
            LOG.warn("intent model not kept ({})", e.getClass().getSimpleName());
        }
    }
}
