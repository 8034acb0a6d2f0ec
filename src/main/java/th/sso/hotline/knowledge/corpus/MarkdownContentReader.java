package th.sso.hotline.knowledge.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The project's own {@code content/**}/*.md: YAML front matter (see docs/authoring.md), then Markdown. */
public final class MarkdownContentReader implements AnnouncementReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final Set<String> STATUSES = Set.of(Announcement.CURRENT, Announcement.ENDED, Announcement.DRAFT);

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*:?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^]]+)]\\([^)]*\\)");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    @Override
    public boolean accepts(Path file, String text) {
        return PlainText.isMarkdown(file);
    }

    @Override
    public Optional<Announcement> read(Path file, String text) throws SkipReason {
        List<String> lines = PlainText.lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
        int open = 0;
        while (open < lines.size() && lines.get(open).isBlank()) {
            open++;
        }
        if (open == lines.size() || !lines.get(open).strip().equals("---")) {
            throw new SkipReason(SkipReason.Kind.FRONT_MATTER, "no front matter");
        }
        int close = open + 1;
        while (close < lines.size() && !lines.get(close).strip().equals("---") && !lines.get(close).strip().equals("...")) {
            close++;
        }
        if (close == lines.size()) {
            throw new SkipReason(SkipReason.Kind.FRONT_MATTER, "front matter is not closed");
        }
        Map<String, Object> meta = frontMatter(String.join("\n", lines.subList(open + 1, close)));

        String title = PlainText.normalizeSpaces(string(meta.get("title")));
        if (title.isEmpty()) {
            throw new SkipReason(SkipReason.Kind.NO_TITLE, null);
        }
        String body = PlainText.body(toPlainText(lines.subList(close + 1, lines.size())));
        if (body.isEmpty()) {
            throw new SkipReason(SkipReason.Kind.NO_BODY, null);
        }
        String source = string(meta.get("source")).strip();
        return Optional.of(new Announcement(SourceIds.forPath(file), title, date(meta.get("date")),
                lang(meta.get("lang"), body), source.isEmpty() ? null : source, topics(meta.get("topics")),
                status(meta.get("status")), body, file.toString()));
    }

    private static Map<String, Object> frontMatter(String yaml) throws SkipReason {
        try {
            Map<String, Object> meta = yaml.isBlank() ? null : YAML.readValue(yaml, MAP);
            return meta == null ? Map.of() : meta;
        } catch (JsonProcessingException e) {
            throw new SkipReason(SkipReason.Kind.FRONT_MATTER, e.getOriginalMessage());
        }
    }

    /** Markdown reduced to the text a citizen reads; headings stay marked with "#" for the passage splitter. */
    static List<String> toPlainText(List<String> markdown) {
        List<String> out = new ArrayList<>(markdown.size());
        for (String line : COMMENT.matcher(String.join("\n", markdown)).replaceAll("").split("\n", -1)) {
            var heading = HEADING.matcher(line);
            var bold = BOLD_LINE.matcher(line);
            if (heading.matches()) {
                line = heading.group(1) + " " + inline(heading.group(2));
            } else if (bold.matches()) {
                line = "## " + inline(bold.group(1));
            } else {
                var bullet = BULLET.matcher(line);
                line = bullet.lookingAt() ? "• " + inline(line.substring(bullet.end())) : inline(line);
            }
            out.add(line);
        }
        return out;
    }

    private static String inline(String s) {
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        return s.replace("**", "").replace("__", "").replace("`", "");
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    private static LocalDate date(Object value) throws SkipReason {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return ThaiDates.parse(value.toString())
                .orElseThrow(() -> new SkipReason(SkipReason.Kind.FRONT_MATTER, "date " + value));
    }

    private static String lang(Object value, String body) throws SkipReason {
        if (value == null || value.toString().isBlank()) {
            return PlainText.language(body);
        }
        String lang = value.toString().strip().toLowerCase(Locale.ROOT);
        if (!lang.equals("th") && !lang.equals("en")) {
            throw new SkipReason(SkipReason.Kind.FRONT_MATTER, "lang " + value);
        }
        return lang;
    }

    private static String status(Object value) throws SkipReason {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String status = value.toString().strip().toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw new SkipReason(SkipReason.Kind.FRONT_MATTER, "status " + value);
        }
        return status;
    }

    private static List<String> topics(Object value) {
        List<String> topics = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(t -> topics.add(string(t).strip()));
        } else if (value != null) {
            topics.addAll(List.of(value.toString().split(",")));
        }
        return topics.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
