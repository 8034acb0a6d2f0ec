package th.sso.hotline.knowledge.search;

import java.time.LocalDate;
import java.util.List;

/** A passage found for a question, with what is needed to cite it. */
public record PassageHit(String announcementId, String title, String url, LocalDate date, String lang, String status,
                         List<String> topics, boolean curated, String text, double score) {
}
