package th.sso.hotline.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Identifies what an index was built from: every content file's path, size and modification time, the
 * glossary, and the index format. Equal fingerprints mean the persisted index can be used as it is.
 */
public final class IndexFingerprint {

    /** Bump when analysis, chunking or fields change, so old indexes are rebuilt. */
    static final String FORMAT = "passages-v4";

    private IndexFingerprint() {
    }

    public static String of(List<Path> contentDirs, Path glossary) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            for (Path dir : contentDirs) {
                digest.update(dir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update((dir.relativize(f) + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis())
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            if (Files.exists(glossary)) {
                digest.update(Files.readAllBytes(glossary));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
