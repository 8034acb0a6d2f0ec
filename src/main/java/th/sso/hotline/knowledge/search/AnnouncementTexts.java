package th.sso.hotline.knowledge.search;

import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import th.sso.hotline.knowledge.KnowledgeBase;
import th.sso.hotline.knowledge.index.PassageFields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The whole indexed text of one cited announcement (title and every passage), looked up by its source URL, so staff
 * tools can check a curated statement against what the announcement says. Not used on the answer path.
 */
@Singleton
public class AnnouncementTexts {

    /** More passages than any announcement is split into. */
    private static final int MAX_PASSAGES = 500;

    private final KnowledgeBase knowledge;

    public AnnouncementTexts(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The announcement's title and passages, or empty when no announcement with that URL is indexed. */
    public Optional<String> textOf(String sourceUrl) {
        if (sourceUrl == null || sourceUrl.isBlank()) {
            return Optional.empty();
        }
        for (String key : variants(sourceUrl.strip())) {
            Optional<String> text = read(key);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /** The URL as written, and with the scheme and trailing slash people vary in. */
    static Set<String> variants(String url) {
        Set<String> out = new LinkedHashSet<>();
        out.add(url);
        String https = url.replace("http://", "https://");
        String bare = https.endsWith("/") ? https.substring(0, https.length() - 1) : https;
        out.add(https);
        out.add(bare);
        out.add(bare + "/");
        out.add(bare.replace("https://", "http://"));
        return out;
    }

    private Optional<String> read(String key) {
        return knowledge.withSearcher(searcher -> {
            try {
                TopDocs top = searcher.search(SortedDocValuesField.newSlowExactQuery(PassageFields.SOURCE_KEY,
                        new BytesRef(key)), MAX_PASSAGES);
                if (top.scoreDocs.length == 0) {
                    return Optional.<String>empty();
                }
                StoredFields stored = searcher.storedFields();
                Set<String> parts = new LinkedHashSet<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc, Set.of(PassageFields.TITLE, PassageFields.PASSAGE));
                    if (d.get(PassageFields.TITLE) != null) {
                        parts.add(d.get(PassageFields.TITLE));
                    }
                    if (d.get(PassageFields.PASSAGE) != null) {
                        parts.add(d.get(PassageFields.PASSAGE));
                    }
                }
                return Optional.of(String.join("\n", parts));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
