package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusLoaderTest {

    private static final String TIS620_TITLE = "ข่าวทดสอบรหัสอักขระแบบเก่า";

    @TempDir
    static Path odd;

    private static List<Path> dirs;

    /** Files that cannot live as text in the repository: written byte by byte. */
    @BeforeAll
    static void writeOddFiles() throws IOException {
        String thaiDump = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-" + TIS620_TITLE + "\n\nวันจันทร์ที่ 3 มกราคม 2565\n"
                + "ไฟล์นี้บันทึกด้วยรหัส TIS-620 ซึ่งยังพบได้ในเอกสารราชการรุ่นเก่า\n\n"
                + "ที่มา : https://www.thaigov.go.th/news/contents/details/90500\n";
        Files.write(odd.resolve("tis620 ข่าวเก่า.txt"), thaiDump.getBytes(Charset.forName("TIS-620")));
        String bomDump = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าวทดสอบมี BOM\n\nวันจันทร์ที่ 3 มกราคม 2565\n"
                + "โปรแกรมแก้ไขข้อความบางตัวใส่เครื่องหมายลำดับไบต์ไว้หน้าไฟล์ ตัวอ่านต้องข้ามไปได้\n\n"
                + "ที่มา : https://www.thaigov.go.th/news/contents/details/90501\n";
        Files.write(odd.resolve("with-bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bomDump.getBytes(StandardCharsets.UTF_8)));
        Files.write(odd.resolve("scan.txt"), new byte[] {'G', 'I', 'F', '8', 0, 0, 1, 2, 3, 0, 'x'});
        Files.write(odd.resolve("controls"), "\u0001\u0002\u0003\u0004 not really text \u0005\u0006".getBytes(StandardCharsets.UTF_8));
        Files.write(odd.resolve("latin1.txt"), "Caf\u00e9 menu, cr\u00e8me br\u00fbl\u00e9e".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(odd.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(odd.resolve("blank.txt"), " \n\t\n");
        Files.createDirectories(odd.resolve(".git"));
        Files.writeString(odd.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        dirs = List.of(Fixtures.path("content"), Fixtures.path("dumps"), Fixtures.path("pages"), odd,
                odd.resolve("no-such-dir"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<String> names(List<Announcement> announcements) {
        return announcements.stream().map(a -> Path.of(a.origin()).getFileName().toString()).toList();
    }

    @Test
    void keepsEachAnnouncementOnceInDirectoryThenPathOrder() {
        CorpusLoad load = new CorpusLoader().load(dirs);

        assertThat(names(load.announcements())).containsExactly(
                "covid-rate.en.md", "jobless-benefit.en.md", "jobless-benefit.th.md",
                "ด้านสังคม _3.txt", "สรุปข่าวการประชุม ครม_1.txt", "ข่าวสั้น ม.40", "ไม่มีที่มา.txt",
                "sso-hotline-hours.txt", "ประกาศ หน้าเว็บ.txt",
                "tis620 ข่าวเก่า.txt", "with-bom.txt");
    }

    @Test
    void reportsDuplicatesWithTheCopyKept() {
        ImportReport report = new CorpusLoader().load(dirs).report();

        assertThat(report.duplicates()).isEqualTo(2);
        assertThat(report.duplicateExamples()).satisfiesExactly(
                d -> {
                    assertThat(d.path()).endsWith("ด้านเศรษฐกิจ_7.txt");
                    assertThat(d.keptPath()).endsWith("ด้านสังคม _3.txt");
                    assertThat(d.why()).isEqualTo("same source URL");
                },
                d -> {
                    assertThat(d.path()).endsWith("ข่าวคณะโฆษก_12.txt");
                    assertThat(d.keptPath()).endsWith("ด้านสังคม _3.txt");
                    assertThat(d.why()).startsWith("near-identical text");
                });
    }

    @Test
    void skipsUnusableFilesWithAReason() {
        ImportReport report = new CorpusLoader().load(dirs).report();

        assertThat(report.skipped()).containsOnlyKeys("bad front matter", "binary", "directory not found", "empty",
                "no body", "not a text file", "undecodable");
        assertThat(report.skipped().get("empty").examples()).hasSize(2)
                .anySatisfy(p -> assertThat(p).endsWith("empty.txt"))
                .anySatisfy(p -> assertThat(p).endsWith("blank.txt"));
        assertThat(report.skipped().get("binary").examples()).hasSize(2)
                .anySatisfy(p -> assertThat(p).endsWith("scan.txt (NUL bytes)"))
                .anySatisfy(p -> assertThat(p).endsWith("controls (control characters)"));
        assertThat(report.skipped().get("bad front matter").examples()).containsExactly(
                Fixtures.path("content/broken/bad-status.en.md") + " (status maybe)",
                Fixtures.path("content/broken/notes.md") + " (no front matter)");
        assertThat(report.skipped().get("no body").examples()).singleElement().asString().endsWith("หัวข้ออย่างเดียว.txt");
        assertThat(report.skipped().get("undecodable").examples()).singleElement().asString().endsWith("latin1.txt");
        assertThat(report.skipped().get("not a text file").examples()).singleElement().asString().endsWith("logo.png");
        assertThat(report.skipped().get("directory not found").count()).isEqualTo(1);

        int listingProblems = report.skipped().get("directory not found").count();
        assertThat(report.filesRead()).isEqualTo(report.kept() + report.duplicates() + report.skippedCount()
                - listingProblems);
        assertThat(report.kept()).isEqualTo(11);
    }

    @Test
    void decodesLegacyThaiEncodingAndByteOrderMarks() {
        List<Announcement> kept = new CorpusLoader().load(List.of(odd)).announcements();

        assertThat(kept).extracting(Announcement::title).containsExactly(TIS620_TITLE, "ข่าวทดสอบมี BOM");
        assertThat(kept).allSatisfy(a -> assertThat(a.body()).startsWith("วันจันทร์ที่ 3 มกราคม 2565"));
    }

    @Test
    void oversizedFilesAreSkipped() {
        CorpusLoader small = new CorpusLoader(CorpusLoader.defaultReaders(), 1_000);
        ImportReport report = small.load(List.of(Fixtures.path("dumps/2021/06/29"))).report();

        assertThat(report.kept()).isZero();
        assertThat(report.skipped().get("too large").examples()).singleElement().asString()
                .contains("สรุปข่าวการประชุม ครม_1.txt (").endsWith(" bytes)");
    }

    @Test
    void loadingIsDeterministic() {
        CorpusLoad first = new CorpusLoader().load(dirs);
        CorpusLoad second = new CorpusLoader().load(dirs);

        assertThat(second.announcements()).isEqualTo(first.announcements());
        assertThat(second.report().duplicateExamples()).isEqualTo(first.report().duplicateExamples());
        assertThat(second.report().skipped()).isEqualTo(first.report().skipped());
    }

    @Test
    void theFirstDirectoryListedWinsADuplicate() {
        Path dumps = Fixtures.path("dumps");
        CorpusLoad load = new CorpusLoader().load(List.of(dumps.resolve("2021/06/25"), dumps.resolve("2021/06/22")));

        assertThat(names(load.announcements())).containsExactly("ข่าวคณะโฆษก_12.txt");
        assertThat(load.report().duplicateExamples()).singleElement()
                .satisfies(d -> assertThat(d.path()).endsWith("ด้านสังคม _3.txt"));
    }

    @Test
    void reportsProgressForEveryFile() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger lastTotal = new AtomicInteger();
        ImportReport report = new CorpusLoader().load(dirs, (done, total) -> {
            calls.incrementAndGet();
            lastTotal.set(total);
        }).report();

        assertThat(calls.get()).isEqualTo(report.filesRead());
        assertThat(lastTotal.get()).isEqualTo(report.filesRead());
    }

    @Test
    void printsAShortHumanReport() {
        String text = new CorpusLoader().load(dirs).report().toString();

        assertThat(text).startsWith("Import: 22 files read, 11 announcements kept, 2 duplicates, 10 skipped, ");
        assertThat(text).contains("  duplicates (2), for example:", "(same source URL)", "  skipped, empty (2):",
                "  skipped, undecodable (1):");
    }

    @Test
    void anEmptyListLoadsNothing() {
        CorpusLoad load = new CorpusLoader().load(List.of());

        assertThat(load.announcements()).isEmpty();
        assertThat(load.report().filesRead()).isZero();
    }
}
