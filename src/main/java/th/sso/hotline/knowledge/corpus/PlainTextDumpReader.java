package th.sso.hotline.knowledge.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thai government news dumps: a title line prefixed "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-", a blank line, the body
 * (usually opening with the Thai weekday and Buddhist-era date) and a closing "ที่มา : URL" line.
 */
public final class PlainTextDumpReader implements AnnouncementReader {

    /** Lines of the news site's page chrome that ended up in the dump. */
    private static final List<String> CHROME = List.of("พิมพ์");
    private static final Pattern TITLE_PREFIX = Pattern.compile("^รัฐบาลไทย\\s*-\\s*ข่าวทำเนียบรัฐบาล\\s*-\\s*");
    private static final Pattern SOURCE = Pattern.compile("^ที่มา\\s*:?\\s*(https?://\\S+)$");
    static final int DATE_LINES = 15;

    @Override
    public boolean accepts(Path file, String text) {
        if (PlainText.isMarkdown(file)) {
            return false;
        }
        return TITLE_PREFIX.matcher(PlainText.firstNonBlankLine(text)).find()
                || SOURCE.matcher(PlainText.lastNonBlankLine(text)).matches();
    }

    @Override
    public Optional<Announcement> read(Path file, String text) throws SkipReason {
        List<String> lines = PlainText.lines(text);
        int first = firstNonBlank(lines);
        if (first < 0) {
            throw new SkipReason(SkipReason.Kind.EMPTY, null);
        }
        int end = lines.size();
        String url = null;
        int last = lastNonBlank(lines);
        Matcher source = SOURCE.matcher(PlainText.normalizeSpaces(lines.get(last)));
        if (last > first && source.matches()) {
            url = source.group(1);
            end = last;
        }
        String title = TITLE_PREFIX.matcher(PlainText.normalizeSpaces(lines.get(first))).replaceFirst("");
        String body = PlainText.body(lines.subList(first + 1, end).stream()
                .filter(line -> !CHROME.contains(line.strip()))
                .toList());
        if (body.isEmpty()) {
            throw new SkipReason(SkipReason.Kind.NO_BODY, null);
        }
        if (title.isEmpty()) {
            throw new SkipReason(SkipReason.Kind.NO_TITLE, null);
        }
        LocalDate date = ThaiDates.firstDate(body, DATE_LINES).or(() -> ThaiDates.firstDate(title)).orElse(null);
        String id = url == null ? SourceIds.forPath(file) : SourceIds.forUrl(url);
        return Optional.of(new Announcement(id, title, date, PlainText.language(body), url, List.of(), null, body,
                file.toString()));
    }

    static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!PlainText.normalizeSpaces(lines.get(i)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!PlainText.normalizeSpaces(lines.get(i)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
