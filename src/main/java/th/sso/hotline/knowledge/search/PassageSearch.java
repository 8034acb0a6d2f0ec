package th.sso.hotline.knowledge.search;

import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexableField;
import th.sso.hotline.knowledge.KnowledgeBase;
import th.sso.hotline.knowledge.index.PassageFields;
import th.sso.hotline.text.StopWords;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.ThaiScript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the passages that answer a question. BM25 over analysed words and glossary concepts (so an English
 * question meets Thai announcements through the shared concept tokens), over character trigrams of the Thai
 * words (so differently segmented or spaced Thai still meets), and a boost for the recognised topic; then a
 * re-ranking by date (the announcement of the month or year a question names, otherwise the newest rule) and
 * by the kind of figure asked for ({@link AnswerTypes}). One place per source announcement.
 */
@Singleton
public class PassageSearch implements PassageFinder {

    /** Passages of one announcement looked at to find the one in the reader's language. */
    private static final int SOURCE_PASSAGES = 30;
    private static final Set<String> PASSAGE_ONLY = Set.of(PassageFields.PASSAGE);
    /**
     * Question words say what kind of answer is wanted, not what it is about; they only add noise here. The words
     * are in {@link StopWords}; the glossary's question-type concepts name no subject either.
     */
    private static final Set<String> QUESTION_WORDS = StopWords.questionTerms();

    private final KnowledgeBase knowledge;
    private final TextAnalysis analysis;
    private final Clock clock;

    private final SearchTuning tuning;
    /** Recent results, keyed by everything they depend on, including the index (its fingerprint) and the day. */
    private final Cache<Object, Object> recent;
    /** Size 0: every search is new work (Caffeine would still keep an entry until its next clean-up). */
    private final boolean cacheOff;
    /**
     * Passages as read from stored fields, by index reader and document: reading one decompresses a whole block of
     * stored fields, which was a quarter of a search's time. Bounded by the characters held.
     */
    private final Cache<DocKey, PassageHit> passages = Caffeine.newBuilder()
            .maximumWeight(4_000_000).weigher((DocKey k, PassageHit h) -> 64 + (h.text() == null ? 0 : h.text().length()))
            .build();
    /**
     * The figure kinds each passage states ({@link AnswerTypes} as bits; 0 unknown, see {@link #statedMask}), one
     * array per index reader, filled as passages are first ranked: a property of the passage, not of a question.
     */
    private final Cache<IndexReader.CacheKey, java.util.concurrent.atomic.AtomicIntegerArray> stated =
            Caffeine.newBuilder().weakKeys().build();

    private record DocKey(IndexReader.CacheKey reader, int doc) {
    }

    /**
     * What ranking reads of every passage, by index reader, read once from doc values: each source announcement's
     * passages (a doc-values query read the key of every passage in the index on each look-up, two thirds of the
     * answer path's time), and each passage's source key, date and curated flag (looked up for 200 candidates per
     * search, the key through a compressed terms dictionary).
     */
    private final Cache<IndexReader.CacheKey, Passages> tables = Caffeine.newBuilder().weakKeys().build();
    private static final int[] NO_DOCS = new int[0];
    private static final long NO_DATE = Long.MIN_VALUE;

    /** Per document of one reader: its source key (null without one), its date (epoch day, or NO_DATE), curated. */
    private record Passages(Map<String, int[]> docsBySource, String[] sourceKey, long[] day, boolean[] curated) {
    }

    /**
     * Term dictionary look-ups (per field, per word or trigram), by index reader: a question's terms mostly recur, and
     * looking each up again was an eighth of a search's time.
     */
    private final Cache<TermKey, TermStates> termStates = Caffeine.newBuilder().maximumSize(100_000).build();

    private record TermKey(IndexReader.CacheKey reader, Term term) {
    }

    /** The last question this thread analysed and its terms ({@link #questionTerms}). */
    private final ThreadLocal<Object[]> lastQuestion = new ThreadLocal<>();

    private record SearchKey(String index, LocalDate today, String question, String topicHint, int limit) {
    }

    private record SourceKey(String index, LocalDate today, String sourceUrl, String question, String lang) {
    }

    public PassageSearch(KnowledgeBase knowledge, TextAnalysis analysis, Clock clock, SearchTuning tuning,
                         SearchCacheProperties cache) {
        this.tuning = tuning;
        this.recent = Caffeine.newBuilder().maximumSize(Math.max(0, cache.size())).build();
        this.cacheOff = cache.size() <= 0;
        this.knowledge = knowledge;
        this.analysis = analysis;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PassageHit> search(String question, String topicHint, int limit) {
        LocalDate today = LocalDate.now(clock);
        SearchKey key = new SearchKey(knowledge.build().fingerprint(), today, question, topicHint, limit);
        return cacheOff ? searchIndex(question, topicHint, limit, today)
                : (List<PassageHit>) recent.get(key, k -> searchIndex(question, topicHint, limit, today));
    }

    private List<PassageHit> searchIndex(String question, String topicHint, int limit, LocalDate today) {
        Query q = query(question, topicHint);
        if (q == null) {
            return List.of();
        }
        QueryDates dates = QueryDates.of(question);
        Set<AnswerTypes> wanted = AnswerTypes.askedIn(question);
        return List.copyOf(knowledge.withSearcher(searcher -> rank(searcher, q, dates, wanted, today, limit)));
    }

    /**
     * The passage of one source announcement (by its URL) that best matches the question, preferring the reader's
     * language (the project's English article restating a Thai announcement shares its URL); any passage of it
     * when none matches the question's words. Its topics are all those the project filed the announcement under.
     * Empty when the announcement is not indexed.
     */
    @Override
    public Optional<PassageHit> passageOf(String sourceUrl, String question, String lang) {
        return passagesOf(List.of(sourceUrl == null ? "" : sourceUrl), question, lang).values().iterator().next();
    }

    /**
     * {@link #passageOf} for several announcements, looked up together: one search over the passages of all of them
     * (a passage's score does not depend on which others are searched with it), each announcement's passages then
     * taken in the order of that search.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Optional<PassageHit>> passagesOf(Collection<String> sourceUrls, String question, String lang) {
        Map<String, Optional<PassageHit>> out = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>();
        String index = knowledge.build().fingerprint();
        LocalDate today = LocalDate.now(clock);
        for (String url : sourceUrls) {
            if (url == null || url.isBlank()) {
                out.put(url, Optional.empty());
            } else if (!out.containsKey(url)) {
                Object kept = cacheOff ? null : recent.getIfPresent(new SourceKey(index, today, url, question, lang));
                out.put(url, (Optional<PassageHit>) kept);
                if (kept == null) {
                    wanted.add(url);
                }
            }
        }
        if (!wanted.isEmpty()) {
            passagesOfIndex(wanted, question, lang).forEach((url, found) -> {
                out.put(url, found);
                if (!cacheOff) {
                    recent.put(new SourceKey(index, today, url, question, lang), found);
                }
            });
        }
        return out;
    }

    private Map<String, Optional<PassageHit>> passagesOfIndex(List<String> sourceUrls, String question, String lang) {
        Query words = question == null ? null : query(question, null);
        return knowledge.withSearcher(searcher -> {
            try {
                IndexReader reader = searcher.getIndexReader();
                Map<String, int[]> bySource = docsBySource(reader);
                Map<Integer, String> sourceOfDoc = new HashMap<>();
                for (String url : sourceUrls) {
                    for (int doc : bySource.getOrDefault(url, NO_DOCS)) {
                        sourceOfDoc.put(doc, url);
                    }
                }
                Map<String, Optional<PassageHit>> out = new LinkedHashMap<>();
                sourceUrls.forEach(url -> out.put(url, Optional.empty()));
                if (sourceOfDoc.isEmpty()) {
                    return out;
                }
                int[] docs = sourceOfDoc.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                BooleanQuery.Builder q = new BooleanQuery.Builder().add(new DocSetQuery(docs), BooleanClause.Occur.FILTER);
                if (words != null) {
                    q.add(words, BooleanClause.Occur.SHOULD);
                }
                // Every passage of these announcements, best first (ties by document, as a search of one of them).
                TopDocs top = searcher.search(withTermStates(searcher, q.build()), docs.length);
                Map<String, List<ScoreDoc>> ranked = new HashMap<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    List<ScoreDoc> own = ranked.computeIfAbsent(sourceOfDoc.get(sd.doc), k -> new ArrayList<>());
                    if (own.size() < SOURCE_PASSAGES) {
                        own.add(sd);
                    }
                }
                StoredFields stored = searcher.storedFields();
                for (Map.Entry<String, List<ScoreDoc>> e : ranked.entrySet()) {
                    out.put(e.getKey(), best(reader, stored, e.getValue(), lang));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Of one announcement's passages, best first: the first in the reader's language, with all their topics. */
    private Optional<PassageHit> best(IndexReader reader, StoredFields stored, List<ScoreDoc> passages, String lang)
            throws IOException {
        PassageHit best = null;
        Set<String> topics = new LinkedHashSet<>();
        for (ScoreDoc sd : passages) {
            PassageHit hit = hit(reader, stored, sd.doc, sd.score);
            topics.addAll(hit.topics());
            if (best == null || (lang != null && lang.equals(hit.lang()) && !lang.equals(best.lang()))) {
                best = hit;
            }
        }
        // The topics the project filed this announcement under, whichever of its passages carries them.
        PassageHit b = best;
        return Optional.ofNullable(b).map(x -> new PassageHit(b.announcementId(), b.title(), b.url(), b.date(),
                b.lang(), b.status(), List.copyOf(topics), b.curated(), b.text(), b.score()));
    }

    /** The documents of each source announcement ({@link PassageFields#SOURCE_KEY}) in this reader, sorted. */
    private Map<String, int[]> docsBySource(IndexReader reader) {
        return tables(reader).docsBySource();
    }

    private Passages tables(IndexReader reader) {
        return tables.get(reader.getReaderCacheHelper().getKey(), k -> {
            try {
                int n = reader.maxDoc();
                String[] sourceKey = new String[n];
                long[] day = new long[n];
                Arrays.fill(day, NO_DATE);
                boolean[] curated = new boolean[n];
                Map<String, List<Integer>> lists = new HashMap<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    SortedDocValues keys = DocValues.getSorted(leaf.reader(), PassageFields.SOURCE_KEY);
                    String[] byOrd = new String[keys.getValueCount()];
                    for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
                        int ord = keys.ordValue();
                        if (byOrd[ord] == null) {
                            byOrd[ord] = keys.lookupOrd(ord).utf8ToString();
                        }
                        sourceKey[leaf.docBase + doc] = byOrd[ord];
                        lists.computeIfAbsent(byOrd[ord], s -> new ArrayList<>()).add(leaf.docBase + doc);
                    }
                    NumericDocValues dates = DocValues.getNumeric(leaf.reader(), PassageFields.DATE);
                    for (int doc = dates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dates.nextDoc()) {
                        day[leaf.docBase + doc] = dates.longValue();
                    }
                    NumericDocValues flags = DocValues.getNumeric(leaf.reader(), PassageFields.CURATED);
                    for (int doc = flags.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = flags.nextDoc()) {
                        curated[leaf.docBase + doc] = flags.longValue() == 1;
                    }
                }
                Map<String, int[]> bySource = new HashMap<>(lists.size() * 2);
                lists.forEach((key, docs) -> bySource.put(key, docs.stream().mapToInt(Integer::intValue).toArray()));
                return new Passages(bySource, sourceKey, day, curated);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The question as a Lucene query over words, concepts, trigrams and the topic; null when no word is left. */
    private Query query(String question, String topicHint) {
        TextAnalysis.QuestionTerms terms = questionTerms(question);
        Set<String> tokens = new LinkedHashSet<>(terms.tokens());
        tokens.removeAll(QUESTION_WORDS);
        if (tokens.isEmpty()) {
            return null;
        }
        boolean english = !ThaiScript.hasThai(question);
        float conceptBoost = english ? tuning.englishConceptBoost() : tuning.conceptBoost();
        float titleBoost = english ? tuning.englishTitleBoost() : tuning.titleBoost();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String token : tokens) {
            float weight = TextAnalysis.isConcept(token) ? conceptBoost : 1f;
            query.add(boost(new TermQuery(new Term(PassageFields.TEXT, token)), weight), BooleanClause.Occur.SHOULD);
            query.add(boost(new TermQuery(new Term(PassageFields.TITLE, token)), weight * titleBoost), BooleanClause.Occur.SHOULD);
            query.add(boost(new TermQuery(new Term(PassageFields.HEADING, token)), weight * tuning.headingBoost()), BooleanClause.Occur.SHOULD);
        }
        // Trigram clauses sit beside the word clauses, each weighted (the same score as one weighted group of them),
        // so that Lucene's max-score pruning sees every clause's bound: a nested group was scored in full.
        for (String gram : terms.grams()) {
            query.add(boost(new TermQuery(new Term(PassageFields.GRAMS, gram)), tuning.gramWeight()), BooleanClause.Occur.SHOULD);
        }
        if (topicHint != null) {
            query.add(boost(new TermQuery(new Term(PassageFields.TOPICS, topicHint)), tuning.topicBoost()), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The question's terms; one reply searches with the same question up to three times (its cards, their sources),
     * so the last question this thread analysed is kept with its terms.
     */
    private TextAnalysis.QuestionTerms questionTerms(String question) {
        Object[] memo = lastQuestion.get();
        if (memo != null && question.equals(memo[0])) {
            return (TextAnalysis.QuestionTerms) memo[1];
        }
        TextAnalysis.QuestionTerms terms = analysis.questionTerms(question, QUESTION_WORDS, tuning.maxGrams());
        lastQuestion.set(new Object[] {question, terms});
        return terms;
    }

    /** The query with each term's dictionary entry taken from {@link #termStates} (same scores, fewer look-ups). */
    private Query withTermStates(IndexSearcher searcher, Query q) {
        if (q instanceof TermQuery t && t.getTermStates() == null) {
            IndexReader.CacheKey reader = searcher.getIndexReader().getReaderCacheHelper().getKey();
            TermStates states = termStates.get(new TermKey(reader, t.getTerm()), k -> {
                try {
                    return TermStates.build(searcher, k.term(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return new TermQuery(t.getTerm(), states);
        }
        if (q instanceof BoostQuery b) {
            return new BoostQuery(withTermStates(searcher, b.getQuery()), b.getBoost());
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                out.add(withTermStates(searcher, c.getQuery()), c.getOccur());
            }
            return out.build();
        }
        return q;
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    private record Candidate(int doc, String key, boolean curated, double score) {
    }

    /** An announcement's best passage and, when it has one among the candidates, its second best. */
    private record Source(Candidate best, Candidate second) {
    }

    private List<PassageHit> rank(IndexSearcher searcher, Query query, QueryDates dates, Set<AnswerTypes> wanted,
                                         LocalDate today, int limit) {
        try {
            // The exact top candidates; counting hits only up to that many lets Lucene skip blocks that cannot
            // compete (the default counts the first 1,000 hits exactly, which was most of the scoring time).
            int n = tuning.candidates();
            TopDocs top = searcher.search(withTermStates(searcher, query), new TopScoreDocCollectorManager(n, null, n));
            List<Candidate> candidates = candidates(searcher, top.scoreDocs, dates, today);
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
            StoredFields stored = searcher.storedFields();
            if (!wanted.isEmpty()) {
                preferStatedFigures(searcher.getIndexReader(), stored, candidates, wanted);
            }
            // One place per announcement, ranked by its best passage (adding its other passages favoured long cabinet
            // summaries over the news item about the measure). The announcements themselves are cited first; the
            // project's own articles, which restate them, fill the places left (and are all there is when only
            // content/ is loaded).
            Map<String, List<Candidate>> bySource = new LinkedHashMap<>();
            for (boolean curatedPass : new boolean[]{false, true}) {
                for (Candidate c : candidates) {
                    if (c.curated() == curatedPass) {
                        bySource.computeIfAbsent(c.key(), k -> new ArrayList<>(2)).add(c);
                    }
                }
            }
            List<Source> sources = bySource.values().stream()
                    .map(l -> new Source(l.get(0), l.size() > 1 ? l.get(1) : null))
                    .sorted(Comparator.comparing((Source src) -> src.best().curated())
                            .thenComparing(Comparator.comparingDouble((Source src) -> src.best().score()).reversed()))
                    .limit(limit)
                    .toList();
            List<PassageHit> out = new ArrayList<>();
            IndexReader reader = searcher.getIndexReader();
            for (Source src : sources) {
                PassageHit best = hit(reader, stored, src.best().doc(), src.best().score());
                PassageHit next = src.second() == null ? null
                        : hit(reader, stored, src.second().doc(), src.second().score());
                out.add(next != null && next.announcementId().equals(best.announcementId()) ? withContext(best, next) : best);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Among the leading candidates, passages that state the kind of figure asked for move up. */
    private void preferStatedFigures(IndexReader reader, StoredFields stored, List<Candidate> candidates,
                                     Set<AnswerTypes> wanted) throws IOException {
        int n = Math.min(tuning.figureCandidates(), candidates.size());
        int wantedBits = AnswerTypes.bits(wanted);
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            int stated = Integer.bitCount(statedMask(reader, stored, c.doc()) & wantedBits);
            if (stated > 0) {
                candidates.set(i, new Candidate(c.doc(), c.key(), c.curated(),
                        c.score() * (1 + tuning.figureBonus() * stated / wanted.size())));
            }
        }
        candidates.subList(0, n).sort(Comparator.comparingDouble(Candidate::score).reversed());
    }

    /** The hits with their date, source and curated flag ({@link #tables}), in the order of the hits. */
    private List<Candidate> candidates(IndexSearcher searcher, ScoreDoc[] hits, QueryDates dates, LocalDate today) {
        Passages table = tables(searcher.getIndexReader());
        List<Candidate> out = new ArrayList<>(hits.length);
        for (ScoreDoc sd : hits) {
            long epochDay = table.day()[sd.doc];
            LocalDate day = epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
            String key = table.sourceKey()[sd.doc];
            String sourceKey = key != null ? key : String.valueOf(sd.doc);
            out.add(new Candidate(sd.doc, sourceKey, table.curated()[sd.doc], sd.score * tuning.dateFactor(day, dates, today)));
        }
        return out;
    }

    /**
     * The figure kinds a passage states ({@link AnswerTypes#statedMask}), read from its text the first time it is
     * ranked in this index and kept with the reader.
     */
    private int statedMask(IndexReader reader, StoredFields stored, int doc) throws IOException {
        java.util.concurrent.atomic.AtomicIntegerArray masks = stated.get(reader.getReaderCacheHelper().getKey(),
                k -> new java.util.concurrent.atomic.AtomicIntegerArray(reader.maxDoc()));
        int mask = masks.get(doc);
        if (mask == 0) {
            mask = AnswerTypes.statedMask(stored.document(doc, PASSAGE_ONLY).get(PassageFields.PASSAGE));
            masks.set(doc, mask);
        }
        return mask;
    }

    /** A passage with this score, its stored fields read once per index reader while it stays in the cache. */
    private PassageHit hit(IndexReader reader, StoredFields stored, int doc, double score) throws IOException {
        DocKey key = new DocKey(reader.getReaderCacheHelper().getKey(), doc);
        PassageHit h = passages.getIfPresent(key);
        if (h == null) {
            h = toHit(stored.document(doc), 0);
            passages.put(key, h);
        }
        return new PassageHit(h.announcementId(), h.title(), h.url(), h.date(), h.lang(), h.status(), h.topics(),
                h.curated(), h.text(), score);
    }

    /** The best passage, followed by the announcement's next-best one, so the cited text holds the details. */
    private static PassageHit withContext(PassageHit best, PassageHit second) {
        if (second == null) {
            return best;
        }
        return new PassageHit(best.announcementId(), best.title(), best.url(), best.date(), best.lang(), best.status(),
                best.topics(), best.curated(), best.text() + "\n…\n" + second.text(), best.score());
    }

    private static PassageHit toHit(Document d, double score) {
        IndexableField date = d.getField(PassageFields.DATE);
        return new PassageHit(d.get(PassageFields.ANNOUNCEMENT), d.get(PassageFields.TITLE), d.get(PassageFields.URL),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), d.get(PassageFields.LANG),
                d.get(PassageFields.STATUS), List.of(d.getValues(PassageFields.TOPICS)),
                Boolean.parseBoolean(d.get(PassageFields.CURATED)), d.get(PassageFields.PASSAGE), score);
    }
}
