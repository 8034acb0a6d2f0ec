package th.sso.hotline.knowledge.search;

import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.IndexableField;
import th.sso.hotline.knowledge.KnowledgeBase;
import th.sso.hotline.knowledge.index.PassageFields;
import th.sso.hotline.nlu.TextAnalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the passages that answer a question. BM25 over analysed words and glossary concepts (so an English
 * question meets Thai announcements through the shared concept tokens), a boost for the recognised topic,
 * then a re-ranking by date: the announcement of the month or year a question names, otherwise the newest
 * rule. One passage per source announcement.
 */
@Singleton
public class PassageSearch {

    private static final int CANDIDATES = 200;
    private static final float CONCEPT_BOOST = 1.6f;
    private static final float TITLE_BOOST = 1.0f;
    /** Question words say what kind of answer is wanted, not what it is about; they only add noise here. */
    private static final Set<String> QUESTION_WORDS = Set.of("อะไร", "ไหม", "มั้ย", "มั๊ย", "เท่าไหร่", "เท่าไร", "ยังไง",
            "อย่างไร", "ได้", "มี", "ต้อง", "แล้ว", "หรือ", "ไหน", "ที่ไหน", "เมื่อไหร่", "บ้าง", "กี่", "จะ", "คือ", "ว่า",
            "what", "how", "much", "many", "is", "are", "the", "a", "an", "do", "doe", "can", "i", "my", "me", "to",
            "of", "for", "in", "on", "and", "or", "if", "it", "thi", "that", "will", "be", "there", "get", "when", "where");
    private static final float HEADING_BOOST = 0.4f;
    private static final float TOPIC_BOOST = 1.0f;
    /** English words rarely occur in Thai announcements; the glossary concepts carry an English question. */
    private static final float ENGLISH_CONCEPT_BOOST = 2.5f;

    private final KnowledgeBase knowledge;
    private final TextAnalysis analysis;
    private final Clock clock;

    public PassageSearch(KnowledgeBase knowledge, TextAnalysis analysis, Clock clock) {
        this.knowledge = knowledge;
        this.analysis = analysis;
        this.clock = clock;
    }

    public List<PassageHit> search(String question, String topicHint, int limit) {
        Set<String> tokens = new LinkedHashSet<>(analysis.tokens(question));
        tokens.removeAll(QUESTION_WORDS);
        if (tokens.isEmpty()) {
            return List.of();
        }
        boolean english = question.chars().noneMatch(c -> c >= 0x0E01 && c <= 0x0E5B);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String token : tokens) {
            float weight = TextAnalysis.isConcept(token) ? (english ? ENGLISH_CONCEPT_BOOST : CONCEPT_BOOST) : 1f;
            query.add(boost(new TermQuery(new Term(PassageFields.TEXT, token)), weight), BooleanClause.Occur.SHOULD);
            query.add(boost(new TermQuery(new Term(PassageFields.TITLE, token)), weight * TITLE_BOOST), BooleanClause.Occur.SHOULD);
            query.add(boost(new TermQuery(new Term(PassageFields.HEADING, token)), weight * HEADING_BOOST), BooleanClause.Occur.SHOULD);
        }
        if (topicHint != null) {
            query.add(boost(new TermQuery(new Term(PassageFields.TOPICS, topicHint)), TOPIC_BOOST), BooleanClause.Occur.SHOULD);
        }
        QueryDates dates = QueryDates.of(question);
        LocalDate today = LocalDate.now(clock);
        return knowledge.withSearcher(searcher -> rank(searcher, query.build(), dates, today, limit));
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    private record Candidate(int doc, String key, boolean curated, double score) {
    }

    private static List<PassageHit> rank(IndexSearcher searcher, Query query, QueryDates dates, LocalDate today,
                                         int limit) {
        try {
            TopDocs top = searcher.search(query, CANDIDATES);
            List<Candidate> candidates = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                candidates.add(candidate(searcher, sd, dates, today));
            }
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
            // The announcements themselves are cited first; the project's own articles, which restate them,
            // fill the places left (and are all there is when only content/ is loaded).
            Map<String, Candidate> bestPerSource = new LinkedHashMap<>();
            Map<String, Candidate> secondPerSource = new LinkedHashMap<>();
            for (boolean curatedPass : new boolean[]{false, true}) {
                for (Candidate c : candidates) {
                    if (c.curated() != curatedPass) {
                        continue;
                    }
                    if (bestPerSource.containsKey(c.key())) {
                        secondPerSource.putIfAbsent(c.key(), c);
                    } else if (bestPerSource.size() < limit) {
                        bestPerSource.put(c.key(), c);
                    }
                }
            }
            List<PassageHit> out = new ArrayList<>();
            for (var e : bestPerSource.entrySet()) {
                PassageHit best = toHit(searcher.storedFields().document(e.getValue().doc()), e.getValue().score());
                Candidate second = secondPerSource.get(e.getKey());
                PassageHit next = second == null ? null : toHit(searcher.storedFields().document(second.doc()), second.score());
                out.add(next != null && next.announcementId().equals(best.announcementId()) ? withContext(best, next) : best);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Candidate candidate(IndexSearcher searcher, ScoreDoc sd, QueryDates dates, LocalDate today)
            throws IOException {
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(ReaderUtil.subIndex(sd.doc, searcher.getIndexReader().leaves()));
        int doc = sd.doc - leaf.docBase;
        NumericDocValues date = DocValues.getNumeric(leaf.reader(), PassageFields.DATE);
        LocalDate day = date.advanceExact(doc) ? LocalDate.ofEpochDay(date.longValue()) : null;
        SortedDocValues key = DocValues.getSorted(leaf.reader(), PassageFields.SOURCE_KEY);
        String sourceKey = key.advanceExact(doc) ? key.lookupOrd(key.ordValue()).utf8ToString() : String.valueOf(sd.doc);
        NumericDocValues curated = DocValues.getNumeric(leaf.reader(), PassageFields.CURATED);
        boolean isCurated = curated.advanceExact(doc) && curated.longValue() == 1;
        return new Candidate(sd.doc, sourceKey, isCurated, sd.score * dateFactor(day, dates, today));
    }

    /** The best passage, followed by the announcement's next-best one, so the cited text holds the details. */
    private static PassageHit withContext(PassageHit best, PassageHit second) {
        if (second == null) {
            return best;
        }
        return new PassageHit(best.announcementId(), best.title(), best.url(), best.date(), best.lang(), best.status(),
                best.topics(), best.curated(), best.text() + "\n…\n" + second.text(), best.score());
    }

    /** Named month or year: that time wins. Otherwise newer announcements state the rules in force. */
    static double dateFactor(LocalDate date, QueryDates dates, LocalDate today) {
        if (date == null) {
            return 0.9;
        }
        if (dates.any()) {
            for (YearMonth month : dates.months()) {
                // Measures are announced ahead of the months they cover, sometimes half a year ahead.
                long gap = ChronoUnit.MONTHS.between(month, YearMonth.from(date));
                if (gap >= -6 && gap <= 2) {
                    return 1.6;
                }
            }
            for (Year year : dates.years()) {
                if (date.getYear() == year.getValue()) {
                    return 1.35;
                }
            }
            return 0.75;
        }
        double ageYears = ChronoUnit.DAYS.between(date, today) / 365.0;
        return 1.0 + 0.15 * Math.exp(-Math.max(0, ageYears) / 2.0);
    }

    private static PassageHit toHit(Document d, double score) {
        IndexableField date = d.getField(PassageFields.DATE);
        return new PassageHit(d.get(PassageFields.ANNOUNCEMENT), d.get(PassageFields.TITLE), d.get(PassageFields.URL),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), d.get(PassageFields.LANG),
                d.get(PassageFields.STATUS), Arrays.asList(d.getValues(PassageFields.TOPICS)),
                Boolean.parseBoolean(d.get(PassageFields.CURATED)), d.get(PassageFields.PASSAGE), score);
    }
}
