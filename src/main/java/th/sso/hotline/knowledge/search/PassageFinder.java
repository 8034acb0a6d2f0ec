package th.sso.hotline.knowledge.search;

import java.util.List;

/** Finds announcement passages for a question; the dialogue depends on this, not on the Lucene index. */
public interface PassageFinder {

    /**
     * @param topicHint an intent id whose topic passages move up, or null
     * @return at most {@code limit} passages, best first
     */
    List<PassageHit> search(String question, String topicHint, int limit);
}
