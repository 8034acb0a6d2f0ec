package th.sso.hotline.knowledge.corpus;

import java.nio.file.Path;
import java.util.Optional;

/** Turns one decoded corpus file into an announcement. */
public interface AnnouncementReader {

    /** Whether this reader is meant for the file; the loader uses the first reader that accepts. */
    boolean accepts(Path file, String text);

    /**
     * Reads the file. Empty means "not mine after all" and the loader tries the next reader; a file that is
     * this reader's format but cannot be used throws.
     */
    Optional<Announcement> read(Path file, String text) throws SkipReason;
}
