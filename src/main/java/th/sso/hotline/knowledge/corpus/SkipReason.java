package th.sso.hotline.knowledge.corpus;

/** Why a file was not imported; the import report counts files by {@link Kind}. */
public final class SkipReason extends Exception {

    public enum Kind {
        EMPTY("empty"),
        BINARY("binary"),
        UNDECODABLE("undecodable"),
        TOO_LARGE("too large"),
        NO_TITLE("no title"),
        NO_BODY("no body"),
        FRONT_MATTER("bad front matter"),
        UNSUPPORTED("not a text file"),
        NO_READER("no reader"),
        UNREADABLE("unreadable"),
        READER_ERROR("reader error"),
        MISSING_DIR("directory not found");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Kind kind;
    private final String detail;

    public SkipReason(Kind kind, String detail) {
        super(detail == null ? kind.label() : kind.label() + ": " + detail, null, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** What exactly was wrong, or null when the kind says it all. */
    public String detail() {
        return detail;
    }
}
