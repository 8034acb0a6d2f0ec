package th.sso.hotline.knowledge.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import th.sso.hotline.knowledge.corpus.Announcement;
import th.sso.hotline.knowledge.corpus.Passage;
import th.sso.hotline.knowledge.corpus.PassageSplitter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Writes announcements into a passage index, in parallel, with the project's analyzer. */
public final class PassageIndexer {

    private final Analyzer analyzer;
    private final PassageSplitter splitter;

    public PassageIndexer(Analyzer analyzer, Analyzer gramAnalyzer, PassageSplitter splitter) {
        this.analyzer = new PerFieldAnalyzerWrapper(analyzer, Map.of(PassageFields.GRAMS, gramAnalyzer));
        this.splitter = splitter;
    }

    /** Indexes every announcement; returns the number of passages written. */
    public int index(List<Announcement> announcements, Directory directory, Map<String, String> commitData,
                     IntConsumer progress) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256);
        AtomicInteger passages = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            List<Future<Object>> futures = announcements.stream().map(a -> pool.<Object>submit(() -> {
                for (Passage p : SocialSecurityFocus.select(splitter.split(a))) {
                    writer.addDocument(document(a, p));
                    passages.incrementAndGet();
                }
                progress.accept(done.incrementAndGet());
                return null;
            })).toList();
            for (Future<Object> f : futures) {
                f.get();
            }
            writer.setLiveCommitData(commitData.entrySet());
            writer.forceMerge(1);
            writer.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("indexing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return passages.get();
    }

    static Document document(Announcement a, Passage p) {
        Document d = new Document();
        d.add(new StringField(PassageFields.ID, a.id() + "#" + p.ordinal(), Field.Store.YES));
        d.add(new StringField(PassageFields.ANNOUNCEMENT, a.id(), Field.Store.YES));
        // Ranking reads the source key and kind of every candidate; doc values spare loading stored fields.
        d.add(new SortedDocValuesField(PassageFields.SOURCE_KEY, new BytesRef(a.sourceUrl() != null ? a.sourceUrl() : a.id())));
        d.add(new NumericDocValuesField(PassageFields.CURATED, a.topics().isEmpty() ? 0 : 1));
        d.add(new TextField(PassageFields.TITLE, a.title(), Field.Store.YES));
        if (p.heading() != null && !p.heading().isBlank()) {
            d.add(new TextField(PassageFields.HEADING, p.heading(), Field.Store.YES));
        }
        d.add(new TextField(PassageFields.TEXT, p.text(), Field.Store.NO));
        d.add(new TextField(PassageFields.GRAMS, a.title() + "\n" + p.text(), Field.Store.NO));
        d.add(new StoredField(PassageFields.PASSAGE, p.text()));
        if (a.sourceUrl() != null) {
            d.add(new StoredField(PassageFields.URL, a.sourceUrl()));
        }
        if (a.date() != null) {
            long day = a.date().toEpochDay();
            d.add(new LongPoint(PassageFields.DATE, day));
            d.add(new NumericDocValuesField(PassageFields.DATE, day));
            d.add(new StoredField(PassageFields.DATE, day));
        }
        d.add(new StringField(PassageFields.LANG, a.lang(), Field.Store.YES));
        if (a.status() != null) {
            d.add(new StringField(PassageFields.STATUS, a.status(), Field.Store.YES));
        }
        for (String topic : a.topics()) {
            d.add(new StringField(PassageFields.TOPICS, topic, Field.Store.YES));
        }
        // The project's own articles carry topics; imported news does not.
        d.add(new StringField(PassageFields.CURATED, String.valueOf(!a.topics().isEmpty()), Field.Store.YES));
        d.add(new StoredField(PassageFields.ORIGIN, a.origin()));
        return d;
    }
}
