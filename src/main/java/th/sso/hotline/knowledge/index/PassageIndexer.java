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
import th.sso.hotline.text.ThaiChatAnalyzer;
import th.sso.hotline.text.ThaiGramAnalyzer;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Writes announcements into a passage index, in parallel, with the project's analyzer. Each text is folded
 * once ({@link ThaiChatAnalyzer#fold(String)}) and the folded text is what the word and trigram fields analyse,
 * with analyzers that skip the character filters: the same tokens as the project's analyzers on the raw text,
 * without running a dozen character filters per field (the title once per passage, the passage twice). Stored
 * values are the raw text.
 */
public final class PassageIndexer {

    private final Analyzer analyzer;
    private final PassageSplitter splitter;

    public PassageIndexer(ThaiChatAnalyzer analyzer, PassageSplitter splitter) {
        this.analyzer = new PerFieldAnalyzerWrapper(analyzer.forFoldedText(),
                Map.of(PassageFields.GRAMS, ThaiGramAnalyzer.forGramText()));
        this.splitter = splitter;
    }

    /** Indexes every announcement; returns the number of passages written. */
    public int index(List<Announcement> announcements, Directory directory, Map<String, String> commitData,
                     IntConsumer progress) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256)
                // Written once and read as it is: no compound-file copy of each segment.
                .setUseCompoundFile(false);
        AtomicInteger passages = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            List<Future<Object>> futures = announcements.stream().map(a -> pool.<Object>submit(() -> {
                String title = ThaiChatAnalyzer.fold(a.title());
                String titleGrams = ThaiGramAnalyzer.gramText(title);
                for (Passage p : SocialSecurityFocus.select(splitter.split(a))) {
                    writer.addDocument(document(a, p, title, titleGrams));
                    passages.incrementAndGet();
                }
                progress.accept(done.incrementAndGet());
                return null;
            })).toList();
            for (Future<Object> f : futures) {
                f.get();
            }
            writer.setLiveCommitData(commitData.entrySet());
            // No forceMerge(1): rewriting every posting once more was about a sixth of a first start's CPU (JFR), and
            // the few segments the indexing threads flushed give the same hits and scores (BM25 statistics are the
            // whole index's). Only the doc ids of equal scores differ, and those already depended on which
            // indexing thread took which announcement.
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

    /** One passage; {@code title} is the folded title and {@code titleGrams} its trigram text. */
    static Document document(Announcement a, Passage p, String title, String titleGrams) {
        Document d = new Document();
        d.add(new StringField(PassageFields.ID, a.id() + "#" + p.ordinal(), Field.Store.YES));
        d.add(new StringField(PassageFields.ANNOUNCEMENT, a.id(), Field.Store.YES));
        // Ranking reads the source key and kind of every candidate; doc values spare loading stored fields.
        d.add(new SortedDocValuesField(PassageFields.SOURCE_KEY, new BytesRef(a.sourceUrl() != null ? a.sourceUrl() : a.id())));
        d.add(new NumericDocValuesField(PassageFields.CURATED, a.topics().isEmpty() ? 0 : 1));
        d.add(new StoredField(PassageFields.TITLE, a.title()));
        d.add(new TextField(PassageFields.TITLE, title, Field.Store.NO));
        if (p.heading() != null && !p.heading().isBlank()) {
            d.add(new StoredField(PassageFields.HEADING, p.heading()));
            d.add(new TextField(PassageFields.HEADING, ThaiChatAnalyzer.fold(p.heading()), Field.Store.NO));
        }
        String text = ThaiChatAnalyzer.fold(p.text());
        d.add(new TextField(PassageFields.TEXT, text, Field.Store.NO));
        // The trigrams of title and passage: folding and separator removal work on each alone, as on the two joined.
        d.add(new TextField(PassageFields.GRAMS, titleGrams + ThaiGramAnalyzer.gramText(text), Field.Store.NO));
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
