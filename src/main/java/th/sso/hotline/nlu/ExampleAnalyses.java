package th.sso.hotline.nlu;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The analysis (tokens and classifier features) of the intents' example wordings that the dialogue reads when it
 * starts (the specific questions' nearest wording, the follow-ups' vocabulary): analysing them is most of a
 * restart's own work, so what was analysed is kept on disk beside the trained model, one file per fingerprint of
 * the analysis (the text and nlu code and the glossary, as {@link TrainedModels}), and read back when unchanged.
 * An example not in the file, or a file that cannot be read, is analysed as before; what is read back is exactly
 * what the analysis gave (the same tokens, the same features in the same order with the same values).
 */
public final class ExampleAnalyses {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleAnalyses.class);
    /** Bump when the file layout changes. */
    private static final String FORMAT = "example-analyses-v1";
    private static final String SUFFIX = ".examples";

    private final FeatureExtractor extractor;
    private final Path dir;
    private final Path file;
    private final Map<String, FeatureExtractor.Analysed> kept;
    private final Map<String, FeatureExtractor.Analysed> used = new ConcurrentHashMap<>();
    private volatile boolean analysedHere;

    /** Analyses kept in {@code dir} (read now if there, written by {@link #keep()}). */
    public ExampleAnalyses(FeatureExtractor extractor, Path dir) {
        this.extractor = extractor;
        this.dir = dir;
        this.file = dir.resolve(fingerprint(extractor) + SUFFIX);
        this.kept = read(file);
    }

    /** Analyses kept only in memory (tests, evaluation commands). */
    public ExampleAnalyses(FeatureExtractor extractor) {
        this.extractor = extractor;
        this.dir = null;
        this.file = null;
        this.kept = Map.of();
    }

    /** The tokens and features of an example wording, as {@link FeatureExtractor#analyse} gives them. */
    public FeatureExtractor.Analysed of(String text) {
        return used.computeIfAbsent(text, t -> {
            FeatureExtractor.Analysed a = kept.get(t);
            if (a == null) {
                analysedHere = true;
                a = extractor.analyse(t);
            }
            return a;
        });
    }

    /** The tokens of an example wording ({@code TextAnalysis.tokens}). */
    public List<String> tokens(String text) {
        return of(text).tokens();
    }

    /** The features of an example wording ({@link FeatureExtractor#extract}). */
    public Map<String, Double> features(String text) {
        return of(text).features();
    }

    /**
     * Writes what was asked for since start when any of it had to be analysed (what the file held and nobody asked for,
     * an example since removed, is dropped), so the next start with the same analysis reads it back; a no-op when
     * everything came from the file.
     */
    public void keep() {
        if (file == null || !analysedHere) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path temporary = dir.resolve(file.getFileName() + ".tmp-" + UUID.randomUUID());
            write(temporary, new LinkedHashMap<>(used));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> others = Files.list(dir)) {
                for (Path other : others.filter(p -> !p.equals(file) && p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                    Files.deleteIfExists(other);
                }
            }
            LOG.info("kept the analysis of {} intent examples", used.size());
        } catch (IOException | RuntimeException e) {
            // Keeping only saves time at the next start.
            LOG.warn("analysed intent examples not kept ({})", e.getClass().getSimpleName());
        }
    }

    static String fingerprint(FeatureExtractor extractor) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String s : List.of(FORMAT, TrainedModels.codeIdentity(), extractor.glossary().toString())) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Layout: the format name; a table of the distinct tokens and feature names; then per example its text, its
     * tokens as table indexes, and its features as (index, value) in the analysis's order.
     */
    private static void write(Path target, Map<String, FeatureExtractor.Analysed> analyses) throws IOException {
        Map<String, Integer> names = new HashMap<>();
        List<String> table = new ArrayList<>();
        for (FeatureExtractor.Analysed a : analyses.values()) {
            for (String t : a.tokens()) {
                names.computeIfAbsent(t, k -> { table.add(k); return table.size() - 1; });
            }
            for (String f : a.features().keySet()) {
                names.computeIfAbsent(f, k -> { table.add(k); return table.size() - 1; });
            }
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16))) {
            writeString(out, FORMAT);
            out.writeInt(table.size());
            for (String name : table) {
                writeString(out, name);
            }
            out.writeInt(analyses.size());
            for (Map.Entry<String, FeatureExtractor.Analysed> e : analyses.entrySet()) {
                writeString(out, e.getKey());
                List<String> tokens = e.getValue().tokens();
                out.writeInt(tokens.size());
                for (String t : tokens) {
                    out.writeInt(names.get(t));
                }
                Map<String, Double> features = e.getValue().features();
                out.writeInt(features.size());
                for (Map.Entry<String, Double> f : features.entrySet()) {
                    out.writeInt(names.get(f.getKey()));
                    out.writeDouble(f.getValue());
                }
            }
        }
    }

    private static Map<String, FeatureExtractor.Analysed> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!FORMAT.equals(readString(in))) {
                throw new IOException("another format");
            }
            String[] table = new String[in.readInt()];
            for (int i = 0; i < table.length; i++) {
                table[i] = readString(in);
            }
            int count = in.readInt();
            Map<String, FeatureExtractor.Analysed> analyses = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String text = readString(in);
                String[] tokens = new String[in.readInt()];
                for (int t = 0; t < tokens.length; t++) {
                    tokens[t] = table[in.readInt()];
                }
                int size = in.readInt();
                Map<String, Double> features = new LinkedHashMap<>(size * 2);
                for (int f = 0; f < size; f++) {
                    features.put(table[in.readInt()], in.readDouble());
                }
                analyses.put(text, new FeatureExtractor.Analysed(List.of(tokens), Collections.unmodifiableMap(features)));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return analyses;
        } catch (IOException | RuntimeException e) {
            LOG.warn("kept analysis of intent examples {} unreadable ({}); analysing again", file.getFileName(),
                    e.getClass().getSimpleName());
            return Map.of();
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (1 << 24)) {
            throw new IOException("bad length");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
