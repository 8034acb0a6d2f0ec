package th.sso.hotline.dialogue;

/** A source shown with an answer: an announcement, its date and the passage that supports the answer. */
public record Citation(String title, String url, String date, String passage, double score) {
}
