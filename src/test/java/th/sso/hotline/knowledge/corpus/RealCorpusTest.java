package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The development corpus and seeds next to the project ({@code ../shared}); skipped where they are absent. */
@Tag("corpus")
class RealCorpusTest {

    private static final Path CORPUS = Path.of("../shared/corpus/thaigov-sso");
    private static final Path SEEDS = Path.of("../shared/seeds");

    @Test
    void loadsTheThaigovDump() {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath());

        CorpusLoad load = new CorpusLoader().load(List.of(CORPUS));
        ImportReport report = load.report();
        List<Announcement> announcements = load.announcements();
        System.out.println(report);

        long dated = announcements.stream().filter(a -> a.date() != null).count();
        assertThat(report.filesRead()).isEqualTo(report.kept() + report.duplicates() + report.skippedCount());
        assertThat(announcements).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(report.duplicates()).isPositive();
        assertThat(announcements).allSatisfy(a -> {
            assertThat(a.title()).isNotBlank();
            assertThat(a.sourceUrl()).startsWith("https://");
            assertThat(a.lang()).isEqualTo("th");
        });
        assertThat(dated).isGreaterThanOrEqualTo(Math.round(announcements.size() * 0.95));
        System.out.printf("dated: %d of %d, loaded in %,d ms%n", dated, announcements.size(), report.elapsedMillis());
    }

    @Test
    void splitsTheWholeCorpusIntoBoundedPassages() {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath());
        List<Announcement> announcements = new CorpusLoader().load(List.of(CORPUS)).announcements();
        PassageSplitter splitter = new PassageSplitter();

        long started = System.nanoTime();
        List<Passage> passages = announcements.parallelStream().flatMap(a -> splitter.split(a).stream()).toList();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("passages: %,d from %,d announcements in %,d ms; %,d with a heading%n",
                passages.size(), announcements.size(), millis, passages.stream().filter(p -> p.heading() != null).count());

        assertThat(passages).allSatisfy(p -> assertThat(p.text().length()).isBetween(1, PassageSplitter.DEFAULT_MAX));
        assertThat(announcements).allSatisfy(a -> {
            List<Passage> ps = splitter.split(a);
            assertThat(ps).isNotEmpty();
            ps.forEach(p -> assertThat(a.body().substring(p.startOffset(), p.startOffset() + p.text().length()))
                    .isEqualTo(p.text()));
        });
        assertThat(passages).anySatisfy(p -> assertThat(p.heading()).contains("ประกันสังคม"));
    }

    @Test
    void readsBothSeedDocuments() {
        assumeTrue(Files.isDirectory(SEEDS), "no seeds at " + SEEDS.toAbsolutePath());
        CorpusLoad load = new CorpusLoader().load(List.of(SEEDS));
        System.out.println(load.report());

        Announcement page = load.announcements().stream().filter(a -> a.origin().contains("000_")).findFirst().orElseThrow();
        assertThat(page.lang()).isEqualTo("en");
        assertThat(page.date()).isEqualTo(LocalDate.of(2021, 12, 13));
        assertThat(page.title()).startsWith("Labour Minister");
        assertThat(page.body()).doesNotContain("Skip to main content", "Content Description", "\nTOP");
        assertThat(page.sourceUrl()).isNull();

        Announcement dump = load.announcements().stream().filter(a -> a.origin().contains("004_")).findFirst().orElseThrow();
        assertThat(dump.lang()).isEqualTo("th");
        assertThat(dump.date()).isEqualTo(LocalDate.of(2020, 12, 15));
        assertThat(dump.title()).doesNotStartWith("รัฐบาลไทย");
        assertThat(dump.sourceUrl()).isEqualTo("https://www.thaigov.go.th/news/contents/details/37619");
    }
}
