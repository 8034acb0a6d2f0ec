package th.sso.hotline.knowledge.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.sso.hotline.knowledge.corpus.CorpusLoad;
import th.sso.hotline.knowledge.corpus.CorpusLoader;
import th.sso.hotline.knowledge.corpus.PassageSplitter;
import th.sso.hotline.text.ThaiChatAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Keeps passage indexes on disk, one folder per fingerprint: an unchanged corpus reopens its index at once,
 * a changed one is built into a temporary folder and moved into place whole, so a half-built index is never
 * opened. Each replica keeps its own copy; nothing here is shared state.
 */
public final class IndexStore {

    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);

    private final Path root;
    private final ThaiChatAnalyzer analyzer;

    public IndexStore(Path root, ThaiChatAnalyzer analyzer) {
        this.root = root;
        this.analyzer = analyzer;
    }

    public IndexBuild openOrBuild(List<Path> contentDirs, Path glossary, boolean force, IntConsumer progress) {
        long started = System.currentTimeMillis();
        String fingerprint = IndexFingerprint.of(contentDirs, glossary);
        Path target = root.resolve(fingerprint);
        try {
            if (!force && Files.isDirectory(target) && hasIndex(target)) {
                return new IndexBuild(target, fingerprint, false, passages(target), System.currentTimeMillis() - started, null);
            }
            Files.createDirectories(root);
            CorpusLoad load = new CorpusLoader().load(contentDirs);
            Path temporary = root.resolve(fingerprint + ".tmp-" + UUID.randomUUID());
            int passages;
            try (FSDirectory dir = FSDirectory.open(temporary)) {
                passages = new PassageIndexer(analyzer, new PassageSplitter())
                        .index(load.announcements(), dir, Map.of("fingerprint", fingerprint), progress);
            }
            replace(temporary, target);
            removeOthers(fingerprint);
            return new IndexBuild(target, fingerprint, true, passages, System.currentTimeMillis() - started, load.report());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the passage index under " + root.toAbsolutePath(), e);
        }
    }

    private static boolean hasIndex(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    private static int passages(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }

    private static void replace(Path temporary, Path target) throws IOException {
        if (Files.exists(target)) {
            deleteTree(target);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target);
        }
    }

    /** Old indexes are dropped once a newer one is in place (an open reader keeps its files until closed). */
    private void removeOthers(String keep) {
        try (Stream<Path> dirs = Files.list(root)) {
            // Temporary folders may belong to a build still running (another process on the same disk).
            for (Path d : dirs.filter(p -> !p.getFileName().toString().equals(keep)
                    && !p.getFileName().toString().contains(".tmp-")).toList()) {
                deleteTree(d);
            }
        } catch (IOException e) {
            LOG.warn("could not remove old indexes: {}", e.toString());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
