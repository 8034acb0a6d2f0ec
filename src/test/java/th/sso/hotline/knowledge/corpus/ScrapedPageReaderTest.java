package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScrapedPageReaderTest {

    private final ScrapedPageReader reader = new ScrapedPageReader();

    private Announcement read(String relative) throws SkipReason {
        Path file = Fixtures.path(relative);
        return reader.read(file, Fixtures.text(file)).orElseThrow();
    }

    @Test
    void readsAnEnglishNewsPage() throws SkipReason {
        Announcement a = read("pages/sso-hotline-hours.txt");

        assertThat(a.title()).isEqualTo("SSO Extends 1506 Hotline Hours for Insured Persons");
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(a.lang()).isEqualTo("en");
        assertThat(a.sourceUrl()).isEqualTo("https://www.sso.go.th/wpr/main/news/99999/");
        assertThat(a.id()).isEqualTo(SourceIds.forUrl("http://sso.go.th/wpr/main/news/99999"));
    }

    @Test
    void dropsNavigationBoilerplate() throws SkipReason {
        String body = read("pages/sso-hotline-hours.txt").body();

        assertThat(body).startsWith("On March 3, 2022, the Social Security Office said");
        assertThat(body).endsWith("Division of Public Relations");
        assertThat(body).doesNotContain("Skip to main content", "Content Description", "About SSO", "Services",
                "TOP", "Source:", "———");
    }

    @Test
    void readsAThaiPageWithoutAnAddress() throws SkipReason {
        Path file = Fixtures.path("pages/ประกาศ หน้าเว็บ.txt");
        Announcement a = read("pages/ประกาศ หน้าเว็บ.txt");

        assertThat(a.title()).isEqualTo("ประกาศทดสอบ เปิดรับสมัครอบรมอาชีพฟรี");
        assertThat(a.lang()).isEqualTo("th");
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 1, 5));
        assertThat(a.sourceUrl()).isNull();
        assertThat(a.id()).isEqualTo(SourceIds.forPath(file));
        assertThat(a.body()).doesNotContain("หน้าหลัก", "ค้นหา", "กลับด้านบน");
    }

    @Test
    void aBareUrlAtTheTopIsTheSource() throws SkipReason {
        String text = "https://www.sso.go.th/news/1\n\nA test title\n\nSome body text, dated 13 December 2021.\n";
        Announcement a = reader.read(Path.of("page"), text).orElseThrow();

        assertThat(a.sourceUrl()).isEqualTo("https://www.sso.go.th/news/1");
        assertThat(a.title()).isEqualTo("A test title");
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 12, 13));
    }

    @Test
    void aPageWithOnlyATitleIsSkipped() {
        assertThatThrownBy(() -> reader.read(Path.of("p.txt"), "Skip to main content\n\nJust a title\n\nTOP\n"))
                .isInstanceOfSatisfying(SkipReason.class, e -> assertThat(e.kind()).isEqualTo(SkipReason.Kind.NO_BODY));
    }
}
