package th.sso.hotline.knowledge.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text saved from a web page (such as an SSO news page): site navigation removed, the first real line as the
 * title, the date from the text, the source from a "Source: URL" line or a bare URL at the top or bottom.
 * The fallback reader: it takes any non-Markdown text.
 */
public final class ScrapedPageReader implements AnnouncementReader {

    private static final Set<String> NAVIGATION = Set.of(
            "skip to main content", "skip to content", "skip navigation", "content description", "top",
            "back to top", "go to top", "home", "menu", "main menu", "search", "print", "share", "print this page",
            "sitemap", "site map", "contact us", "login", "log in", "facebook", "twitter", "line", "youtube",
            "english", "thai", "th", "en", "th | en", "read more", "previous", "next",
            "หน้าหลัก", "หน้าแรก", "พิมพ์", "แชร์", "ค้นหา", "เมนู", "ข้ามไปยังเนื้อหาหลัก", "กลับด้านบน",
            "ติดต่อเรา", "อ่านต่อ", "ย้อนกลับ");
    private static final Pattern LABELLED_URL = Pattern.compile(
            "^(?:source|url|link|original|ที่มา|แหล่งที่มา)\\s*:?\\s*(https?://\\S+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_URL = Pattern.compile("^(https?://\\S+)$");
    /** A menu is at least this many short lines in a row at the top or bottom of the page. */
    private static final int MENU_RUN = 3;
    private static final int MENU_LINE_CHARS = 30;
    private static final int URL_EDGE_LINES = 3;

    @Override
    public boolean accepts(Path file, String text) {
        return !PlainText.isMarkdown(file);
    }

    @Override
    public Optional<Announcement> read(Path file, String text) throws SkipReason {
        List<String> lines = new ArrayList<>();
        for (String raw : PlainText.lines(text)) {
            String line = PlainText.normalizeSpaces(raw);
            if (!NAVIGATION.contains(line.toLowerCase(Locale.ROOT))) {
                lines.add(line);
            }
        }
        String url = takeSourceUrl(lines);
        trimMenus(lines);
        int titleAt = PlainTextDumpReader.firstNonBlank(lines);
        if (titleAt < 0) {
            throw new SkipReason(SkipReason.Kind.EMPTY, null);
        }
        String title = lines.get(titleAt);
        String body = PlainText.body(lines.subList(titleAt + 1, lines.size()));
        if (body.isEmpty()) {
            throw new SkipReason(SkipReason.Kind.NO_BODY, null);
        }
        LocalDate date = ThaiDates.firstDate(body, PlainTextDumpReader.DATE_LINES)
                .or(() -> ThaiDates.firstDate(title))
                .or(() -> ThaiDates.firstDate(body))
                .orElse(null);
        String id = url == null ? SourceIds.forPath(file) : SourceIds.forUrl(url);
        return Optional.of(new Announcement(id, title, date, PlainText.language(title + "\n" + body), url,
                List.of(), null, body, file.toString()));
    }

    /** Removes and returns the page's own address: a labelled line anywhere, a bare URL only near the edges. */
    private static String takeSourceUrl(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LABELLED_URL.matcher(lines.get(i));
            if (m.matches()) {
                lines.remove(i);
                return m.group(1);
            }
        }
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                nonBlank.add(i);
            }
        }
        for (int k = 0; k < nonBlank.size(); k++) {
            if (k < URL_EDGE_LINES || k >= nonBlank.size() - URL_EDGE_LINES) {
                int i = nonBlank.get(k);
                Matcher m = BARE_URL.matcher(lines.get(i));
                if (m.matches()) {
                    lines.remove(i);
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static void trimMenus(List<String> lines) {
        int start = 0;
        int run = menuRun(lines, 0, 1);
        if (run > 0) {
            start = run;
        }
        int endRun = menuRun(lines, lines.size() - 1, -1);
        int end = lines.size() - endRun;
        if (end < start) {
            end = start;
        }
        List<String> kept = new ArrayList<>(lines.subList(start, end));
        lines.clear();
        lines.addAll(kept);
    }

    /** Length of the run of blank or menu-like lines from {@code from} in direction {@code step}, if it is a menu. */
    private static int menuRun(List<String> lines, int from, int step) {
        int shortLines = 0;
        int i = from;
        while (i >= 0 && i < lines.size() && (lines.get(i).isEmpty() || isMenuLike(lines.get(i)))) {
            if (!lines.get(i).isEmpty()) {
                shortLines++;
            }
            i += step;
        }
        return shortLines >= MENU_RUN ? Math.abs(i - from) : 0;
    }

    private static boolean isMenuLike(String line) {
        return line.length() <= MENU_LINE_CHARS && line.split(" ").length <= 4
                && !line.matches(".*[.!?:;,]$") && !line.matches(".*\\d.*");
    }
}
