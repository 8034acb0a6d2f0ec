package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Test;
import th.sso.hotline.dialogue.Citation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebLinksTest {

    @Test
    void onlyAbsoluteHttpLinksWithAHostAreLinks() {
        assertThat(WebLinks.httpOrNull("https://www.sso.go.th/wpr/main/news")).isEqualTo("https://www.sso.go.th/wpr/main/news");
        assertThat(WebLinks.httpOrNull("  HTTP://example.org/a?b=c  ")).isEqualTo("HTTP://example.org/a?b=c");
        for (String bad : List.of("javascript:alert(1)", " JavaScript:alert(document.cookie)", "java\tscript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd", "//evil.example/x",
                "/relative/path", "https:///no-host", "https://exa mple.org/", "https://example.org/\u200Bx",
                "mailto:someone@example.org", "")) {
            assertThat(WebLinks.httpOrNull(bad)).as(bad).isNull();
        }
        assertThat(WebLinks.httpOrNull(null)).isNull();
    }

    @Test
    void anAnnouncementAndACitationNeverCarryAScriptUrl() {
        Announcement a = new Announcement("id", "title", LocalDate.of(2025, 1, 1), "th", "javascript:alert(1)",
                List.of(), Announcement.CURRENT, "body", "content/x.md");
        assertThat(a.sourceUrl()).isNull();
        assertThat(new Citation("t", "javascript:alert(1)", null, "p", 1.0).url()).isNull();
        assertThat(new Citation("t", "https://www.sso.go.th/", null, "p", 1.0).url()).isEqualTo("https://www.sso.go.th/");
    }

    @Test
    void frontMatterWithAScriptSourceGivesNoLink(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("evil.md");
        String text = """
                ---
                title: ประกาศทดสอบ
                date: 2025-07-16
                lang: th
                source: "javascript:alert(document.cookie)"
                ---
                ผู้ประกันตนมาตรา 33 ได้รับเงินทดแทนการขาดรายได้
                """;
        java.nio.file.Files.writeString(file, text);
        var read = new MarkdownContentReader().read(file, text);
        assertThat(read).isPresent();
        assertThat(read.get().sourceUrl()).isNull();
    }
}
