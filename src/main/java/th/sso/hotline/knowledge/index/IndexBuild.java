package th.sso.hotline.knowledge.index;

import th.sso.hotline.knowledge.corpus.ImportReport;

import java.nio.file.Path;

/** The result of opening or building the index: where it is, whether it was rebuilt, and the import report. */
public record IndexBuild(Path directory, String fingerprint, boolean rebuilt, int passages, long millis,
                         ImportReport report) {

    @Override
    public String toString() {
        return (rebuilt ? "built" : "opened") + " passage index " + fingerprint + " (" + passages + " passages) in "
                + millis + " ms" + (report == null ? "" : "\n" + report);
    }
}
