package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownContentReaderTest {

    private final MarkdownContentReader reader = new MarkdownContentReader();

    private Announcement read(String relative) throws SkipReason {
        Path file = Fixtures.path(relative);
        assertThat(reader.accepts(file, Fixtures.text(file))).isTrue();
        return reader.read(file, Fixtures.text(file)).orElseThrow();
    }

    @Test
    void readsFrontMatterAndBody() throws SkipReason {
        Announcement a = read("content/unemployment/jobless-benefit.th.md");

        assertThat(a.title()).isEqualTo("เงินทดแทนกรณีว่างงาน (บทความทดสอบ)");
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(a.lang()).isEqualTo("th");
        assertThat(a.sourceUrl()).isEqualTo("https://www.thaigov.go.th/news/contents/details/90200");
        assertThat(a.topics()).containsExactly("unemployment", "leaving_job");
        assertThat(a.status()).isEqualTo(Announcement.CURRENT);
        assertThat(a.origin()).endsWith("jobless-benefit.th.md");
        assertThat(a.body()).startsWith("บทความนี้เขียนขึ้นเพื่อทดสอบตัวอ่าน").doesNotContain("---", "title:");
    }

    @Test
    void reducesMarkdownToReadableTextButKeepsHeadingsMarked() throws SkipReason {
        String body = read("content/unemployment/jobless-benefit.en.md").body();

        assertThat(body).contains("\n## Who qualifies\n", "\n## How to apply\n", "• At least 6 months",
                "Apply on the office website or at a branch office.");
        assertThat(body).doesNotContain("**", "](", "https://www.sso.go.th");
    }

    @Test
    void theThaiAndEnglishArticleOnOneSourceAreTwoAnnouncements() throws SkipReason {
        Announcement th = read("content/unemployment/jobless-benefit.th.md");
        Announcement en = read("content/unemployment/jobless-benefit.en.md");

        assertThat(th.sourceUrl()).isEqualTo(en.sourceUrl());
        assertThat(th.id()).isNotEqualTo(en.id()).isEqualTo(SourceIds.forPath(Fixtures.path(
                "content/unemployment/jobless-benefit.th.md")));
    }

    @Test
    void toleratesLooseButClearFrontMatter() throws SkipReason {
        Announcement a = read("content/unemployment/covid-rate.en.md");

        assertThat(a.date()).isEqualTo(LocalDate.of(2020, 9, 10));
        assertThat(a.lang()).isEqualTo("en");
        assertThat(a.topics()).containsExactly("unemployment", "covid_relief");
        assertThat(a.status()).isEqualTo(Announcement.ENDED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown status      | ---\\ntitle: T\\nstatus: maybe\\n---\\nBody.                 | bad front matter
            unknown language    | ---\\ntitle: T\\nlang: fr\\n---\\nBody.                     | bad front matter
            unreadable date     | ---\\ntitle: T\\ndate: someday\\n---\\nBody.                | bad front matter
            broken YAML         | ---\\ntitle: [unclosed\\n---\\nBody.                        | bad front matter
            no front matter     | # Heading\\nBody.                                           | bad front matter
            unclosed            | ---\\ntitle: T\\nBody.                                      | bad front matter
            no title            | ---\\ndate: 2023-01-01\\n---\\nBody.                        | no title
            no body             | ---\\ntitle: T\\n---\\n\\n  \\n                             | no body
            """)
    void refusesWhatAnAuthorMustFix(String name, String text, String reason) {
        String content = text.strip().replace("\\n", "\n");
        assertThatThrownBy(() -> reader.read(Path.of("content/x/" + name.replace(' ', '-') + ".md"), content))
                .isInstanceOfSatisfying(SkipReason.class, e -> assertThat(e.kind().label()).isEqualTo(reason));
    }

    @Test
    void acceptsOnlyMarkdownFiles() {
        assertThat(reader.accepts(Path.of("a/b.md"), "---")).isTrue();
        assertThat(reader.accepts(Path.of("a/b.txt"), "---")).isFalse();
        assertThat(reader.accepts(Path.of("a/ข่าว"), "---")).isFalse();
    }
}
