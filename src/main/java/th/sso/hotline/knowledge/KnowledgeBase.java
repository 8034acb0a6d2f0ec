package th.sso.hotline.knowledge;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.sso.hotline.knowledge.index.IndexBuild;
import th.sso.hotline.knowledge.index.IndexStore;
import th.sso.hotline.text.GlossaryFile;
import th.sso.hotline.text.TextAnalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The searchable announcement corpus. Opens the persisted index at start (building it when the content
 * changed) and swaps in a rebuilt one atomically on reload, while searches keep using the old one until they
 * finish.
 */
@Context
public class KnowledgeBase {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

    private final IndexStore store;
    private final List<Path> contentDirs;
    private final Path glossary;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    private record Snapshot(IndexBuild build, DirectoryReader reader, IndexSearcher searcher) {
    }

    public KnowledgeBase(KnowledgeProperties properties, GlossaryFile glossaryFile, TextAnalysis analysis) {
        this.store = new IndexStore(Path.of(properties.getIndexDir()), analysis.chatAnalyzer());
        this.contentDirs = properties.getContentDirs().stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
        this.glossary = glossaryFile.path();
        if (properties.isIndexOnStart()) {
            IndexBuild build = store.openOrBuild(contentDirs, glossary, false, n -> { });
            LOG.info("{}", build);
            current.set(open(build));
        }
    }

    /** Rebuilds from the content folders and swaps the new index in; requests keep being answered meanwhile. */
    public synchronized IndexBuild reload(IntConsumer progress) {
        IndexBuild build = store.openOrBuild(contentDirs, glossary, true, progress);
        Snapshot old = current.getAndSet(open(build));
        if (old != null) {
            release(old);
        }
        LOG.info("reloaded: {}", build);
        return build;
    }

    public IndexBuild build() {
        return current.get().build();
    }

    /** Runs a search on the current index, holding it open until the search is done. */
    public <T> T withSearcher(Function<IndexSearcher, T> search) {
        if (current.get() == null) {
            throw new IllegalStateException("the passage index is not open");
        }
        Snapshot s = acquire();
        try {
            return search.apply(s.searcher());
        } finally {
            release(s);
        }
    }

    private Snapshot acquire() {
        while (true) {
            Snapshot s = current.get();
            if (s.reader().tryIncRef()) {
                return s;
            }
        }
    }

    private static void release(Snapshot s) {
        try {
            s.reader().decRef();
        } catch (IOException e) {
            LOG.warn("closing an old index reader failed: {}", e.toString());
        }
    }

    private static Snapshot open(IndexBuild build) {
        try {
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(build.directory()));
            return new Snapshot(build, reader, new IndexSearcher(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the passage index " + build.directory(), e);
        }
    }

    @PreDestroy
    void close() {
        Snapshot s = current.get();
        if (s != null) {
            release(s);
        }
    }
}
