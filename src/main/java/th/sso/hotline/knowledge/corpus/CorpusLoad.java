package th.sso.hotline.knowledge.corpus;

import java.util.List;

/** The announcements to index, in load order, and what happened to every file. */
public record CorpusLoad(List<Announcement> announcements, ImportReport report) {

    public CorpusLoad {
        announcements = List.copyOf(announcements);
    }
}
