package th.sso.hotline.knowledge.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One announcement as read from a corpus file.
 *
 * @param id        stable key: SHA-1 of the normalised source URL for dumps and scraped pages (one URL is one
 *                  announcement), of the file path for the project's own articles (a Thai and an English article
 *                  cite the same source and must both be kept)
 * @param date      the announcement's date, {@code null} when none was found
 * @param lang      {@code th} or {@code en}
 * @param sourceUrl where it was published, {@code null} when the file does not say or gives no http(s) URL
 * @param status    {@code current}, {@code ended} or {@code draft} as the author declared it; {@code null} when
 *                  unknown (dumps), so the ranker decides by date
 * @param body      plain text, one paragraph per line, blank lines between blocks
 * @param origin    the file it was read from
 */
public record Announcement(String id, String title, LocalDate date, String lang, String sourceUrl,
                           List<String> topics, String status, String body, String origin) {

    public static final String CURRENT = "current";
    public static final String ENDED = "ended";
    public static final String DRAFT = "draft";

    public Announcement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(origin, "origin");
        topics = topics == null ? List.of() : List.copyOf(topics);
        // Whatever the file says, only a web link is kept as the source (it becomes a link in answers).
        sourceUrl = WebLinks.httpOrNull(sourceUrl);
    }

    /** Without the body, which can be 600 KB, so announcements can be logged. */
    @Override
    public String toString() {
        return "Announcement[id=" + id + ", title=" + title + ", date=" + date + ", lang=" + lang + ", sourceUrl="
                + sourceUrl + ", topics=" + topics + ", status=" + status + ", body=" + body.length() + " chars, origin="
                + origin + "]";
    }
}
