package th.sso.hotline.knowledge.index;

/** Field names of a passage document in the Lucene index. */
public final class PassageFields {

    public static final String ID = "id";
    public static final String ANNOUNCEMENT = "aid";
    public static final String TITLE = "title";
    public static final String HEADING = "heading";
    public static final String TEXT = "text";
    /** Character trigrams of title and passage ({@link th.sso.hotline.text.ThaiGramAnalyzer}). */
    public static final String GRAMS = "grams";
    public static final String PASSAGE = "passage";
    public static final String URL = "url";
    public static final String DATE = "date";
    public static final String LANG = "lang";
    public static final String STATUS = "status";
    public static final String TOPICS = "topic";
    public static final String ORIGIN = "origin";
    public static final String CURATED = "curated";
    public static final String SOURCE_KEY = "source_key";

    private PassageFields() {
    }
}
