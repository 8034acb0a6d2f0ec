package th.sso.hotline.knowledge.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.util.Arrays;

/**
 * The documents of one index reader given by their ids (sorted, distinct), at a constant score: a filter for the
 * passages of known announcements, found once per reader ({@link PassageSearch}) instead of by a doc-values query
 * that reads the key of every passage in the index on each look-up. Only for the reader the ids were taken from.
 */
final class DocSetQuery extends Query {

    private final int[] docs;

    /** @param docs document ids of the searcher's reader, sorted ascending, without repeats */
    DocSetQuery(int[] docs) {
        this.docs = docs;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                int from = lowerBound(context.docBase);
                int to = lowerBound(context.docBase + context.reader().maxDoc());
                return from == to ? null
                        : new ConstantScoreScorer(this, score(), scoreMode, new Docs(docs, from, to, context.docBase));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                // Built per look-up: caching it would only fill the query cache.
                return false;
            }
        };
    }

    /** The index of the first id at least {@code doc}. */
    private int lowerBound(int doc) {
        int i = Arrays.binarySearch(docs, doc);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery(" + docs.length + " docs)";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(docs, ((DocSetQuery) other).docs);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Arrays.hashCode(docs);
    }

    /** The ids in {@code [from, to)} of one leaf, made leaf-relative. */
    private static final class Docs extends DocIdSetIterator {
        private final int[] docs;
        private final int from;
        private final int to;
        private final int base;
        private int i;
        private int doc = -1;

        Docs(int[] docs, int from, int to, int base) {
            this.docs = docs;
            this.from = from;
            this.to = to;
            this.base = base;
            this.i = from - 1;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            i++;
            doc = i < to ? docs[i] - base : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public int advance(int target) {
            while (nextDoc() < target) {
                // few ids per look-up: a linear walk is enough
            }
            return doc;
        }

        @Override
        public long cost() {
            return to - from;
        }
    }
}
