package th.sso.hotline.nlu;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.sso.hotline.text.Glossary;
import th.sso.hotline.text.GlossarySynonyms;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The glossary's synonym map (every variant analysed into its concept), kept on disk beside the trained model,
 * one file per fingerprint of the glossary and the text and nlu code ({@link TrainedModels#codeIdentity()}): building
 * it analyses every variant and was the largest part of a restart's own work once the examples were kept
 * ({@link ExampleAnalyses}). A file that cannot be read is ignored and the map built again.
 */
final class KeptSynonyms {

    private static final Logger LOG = LoggerFactory.getLogger(KeptSynonyms.class);
    /** Bump when the file layout changes. */
    private static final String FORMAT = "glossary-synonyms-v1";
    private static final String SUFFIX = ".synonyms";

    private final Path dir;

    KeptSynonyms(Path dir) {
        this.dir = dir;
    }

    /** The synonym map of this glossary, read back or built (and then kept). */
    SynonymMap loadOrBuild(Glossary glossary) {
        Path file = dir.resolve(fingerprint(glossary) + SUFFIX);
        Optional<SynonymMap> kept = read(file);
        if (kept.isPresent()) {
            return kept.get();
        }
        SynonymMap built = GlossarySynonyms.build(glossary);
        write(file, built);
        return built;
    }

    static String fingerprint(Glossary glossary) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String s : List.of(FORMAT, TrainedModels.codeIdentity(), glossary.toString())) {
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

    private static Optional<SynonymMap> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!FORMAT.equals(in.readUTF())) {
                throw new IOException("another format");
            }
            SynonymMap map = GlossarySynonyms.read(in);
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return Optional.of(map);
        } catch (IOException | RuntimeException e) {
            LOG.warn("kept glossary synonyms {} unreadable ({}); building them again", file.getFileName(),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Written to a temporary file and moved into place, so a half-written file is never read. */
    private void write(Path file, SynonymMap map) {
        try {
            Files.createDirectories(dir);
            Path temporary = dir.resolve(file.getFileName() + ".tmp-" + UUID.randomUUID());
            boolean written;
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeUTF(FORMAT);
                written = GlossarySynonyms.write(map, out);
            }
            if (!written) {
                Files.deleteIfExists(temporary);
                return;
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> others = Files.list(dir)) {
                for (Path other : others.filter(p -> !p.equals(file) && p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Keeping the map only saves time at the next start.
            LOG.warn("glossary synonyms not kept ({})", e.getClass().getSimpleName());
        }
    }
}
