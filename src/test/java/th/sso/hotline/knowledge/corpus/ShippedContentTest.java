package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The articles shipped in content/ (the service's default corpus) all load, with complete front matter. */
class ShippedContentTest {

    private static final Path CONTENT = Path.of("content");

    private final CorpusLoad load = new CorpusLoader().load(List.of(CONTENT));
    private final List<Announcement> articles = load.announcements();

    @Test
    void everyFileLoadsAndNoneIsADuplicate() {
        ImportReport report = load.report();
        assertThat(report.skippedCount()).as("skipped: %s", report).isZero();
        assertThat(report.duplicates()).as("duplicates: %s", report).isZero();
        assertThat(articles).hasSize(report.filesRead()).hasSizeGreaterThan(200);
    }

    @Test
    void everyArticleHasTitleDateSourceTopicsAndStatus() {
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.title()).as(a.origin()).isNotBlank();
            assertThat(a.date()).as(a.origin()).isBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 12, 31));
            assertThat(a.sourceUrl()).as(a.origin()).startsWith("https://");
            assertThat(a.topics()).as(a.origin()).isNotEmpty();
            assertThat(a.status()).as(a.origin()).isIn(Announcement.CURRENT, Announcement.ENDED, Announcement.DRAFT);
            assertThat(a.lang()).as(a.origin()).isIn("th", "en");
            assertThat(a.origin()).as("file name carries the language").endsWith("." + a.lang() + ".md");
        });
    }

    @Test
    void everyArticleComesInThaiAndEnglishWithTheSameSourceAndStatus() {
        Map<String, List<Announcement>> bySlug = articles.stream()
                .collect(Collectors.groupingBy(a -> a.origin().replaceAll("\\.(th|en)\\.md$", "")));
        assertThat(bySlug).allSatisfy((slug, pair) -> {
            assertThat(pair).as(slug).extracting(Announcement::lang).containsExactlyInAnyOrder("th", "en");
            assertThat(Set.copyOf(pair.stream().map(Announcement::sourceUrl).toList())).as(slug).hasSize(1);
            assertThat(Set.copyOf(pair.stream().map(Announcement::status).toList())).as(slug).hasSize(1);
            assertThat(Set.copyOf(pair.stream().map(Announcement::date).toList())).as(slug).hasSize(1);
        });
    }
}
