package th.sso.hotline.dialogue;

import th.sso.hotline.knowledge.corpus.WebLinks;

/** A source shown with an answer: an announcement, its date and the passage that supports the answer. */
public record Citation(String title, String url, String date, String passage, double score) {

    /** The link is shown to citizens and staff: anything but an http(s) URL is dropped. */
    public Citation {
        url = WebLinks.httpOrNull(url);
    }
}
