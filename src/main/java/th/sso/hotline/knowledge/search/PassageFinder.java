package th.sso.hotline.knowledge.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds announcement passages for a question; the dialogue depends on this, not on the Lucene index. */
public interface PassageFinder {

    /**
     * @param topicHint an intent id whose topic passages move up, or null
     * @return at most {@code limit} passages, best first
     */
    List<PassageHit> search(String question, String topicHint, int limit);

    /**
     * The passage of one announcement (by its source URL) that best matches the question, in the reader's language
     * when there is one; empty when that announcement is not indexed.
     */
    Optional<PassageHit> passageOf(String sourceUrl, String question, String lang);

    /** {@link #passageOf} for each of these URLs (each once, in their order), which may be looked up together. */
    default Map<String, Optional<PassageHit>> passagesOf(Collection<String> sourceUrls, String question, String lang) {
        Map<String, Optional<PassageHit>> out = new LinkedHashMap<>();
        for (String url : sourceUrls) {
            out.computeIfAbsent(url, u -> passageOf(u, question, lang));
        }
        return out;
    }
}
