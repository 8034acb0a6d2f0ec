package th.sso.hotline.knowledge.corpus;

import java.time.LocalDate;

/**
 * A retrievable piece of an announcement.
 *
 * @param ordinal     position among the announcement's passages, from 0
 * @param heading     the section heading the passage belongs to (a cabinet summary's "1. เรื่อง ..." or a
 *                    Markdown heading), {@code null} outside any section
 * @param text        exactly {@code body.substring(startOffset, startOffset + text.length())}
 * @param startOffset where the passage starts in the announcement's body
 */
public record Passage(String announcementId, int ordinal, String title, String heading, LocalDate date,
                      String lang, String text, int startOffset) {
}
