package th.sso.hotline.knowledge.search;

import java.util.List;
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
}
