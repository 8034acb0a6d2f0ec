package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * content/ is written in the project's own words: no article may share a run of {@value #WINDOW} or more characters
 * (whitespace removed, web addresses masked) with any announcement in the development corpus. The same check as
 * scripts/check-originality.py; official names that cannot be reworded are listed in scripts/originality-allow.txt.
 */
@Tag("corpus")
class ContentOriginalityTest {

    static final int WINDOW = 40;
    private static final Path CONTENT = Path.of("content");
    private static final Path CORPUS = Path.of("../shared/corpus/thaigov-sso");
    private static final Path ALLOW = Path.of("scripts/originality-allow.txt");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final char MASK = '\u0000';

    @Test
    void noArticleSharesARunOfFortyCharactersWithTheCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS),
                "skipped: the announcement corpus is not beside the project at " + CORPUS.toAbsolutePath());
        Map<String, String> articles = texts(CONTENT, ".md");
        assertThat(articles).as("content articles to check").isNotEmpty();

        Map<String, List<String>> shared = sharedRuns(articles, texts(CORPUS, ".txt"), allowedPhrases());

        assertThat(shared).as("articles sharing %d+ characters with the corpus; reword them", WINDOW).isEmpty();
    }

    @Test
    void findsACopiedRunButNotARewordingAnAddressOrAnAllowedName() {
        Map<String, String> corpus = Map.of("a.txt", "ผู้ประกันตนมาตรา 33 ที่จ่ายเงินสมทบมาแล้วไม่น้อยกว่า 6 เดือน ยื่นกู้ได้ "
                + "ที่มา : https://www.thaigov.go.th/news/contents/details/60259 โครงการฟันเทียมรากฟันเทียมเฉลิมพระเกียรติพระบาทสมเด็จ");
        Map<String, String> articles = Map.of(
                "copied.th.md", "สรุป: ผู้ประกันตนมาตรา 33 ที่จ่ายเงินสมทบมาแล้ว ไม่น้อยกว่า 6 เดือน",
                "reworded.th.md", "ผู้ประกันตน ม.33 ที่ส่งเงินสมทบครบ 6 เดือนขึ้นไป ยื่นกู้ได้",
                "cited.th.md", "source: https://www.thaigov.go.th/news/contents/details/60259",
                "named.th.md", "โครงการฟันเทียมรากฟันเทียมเฉลิมพระเกียรติพระบาทสมเด็จ");

        Map<String, List<String>> shared = sharedRuns(articles, corpus,
                List.of("โครงการฟันเทียมรากฟันเทียมเฉลิมพระเกียรติพระบาทสมเด็จ"));

        assertThat(shared).containsOnlyKeys("copied.th.md");
        assertThat(sharedRuns(Map.of("named.th.md", articles.get("named.th.md")), corpus, List.of()))
                .containsOnlyKeys("named.th.md");
    }

    /** Per article, up to three of its windows found in some announcement (with that announcement's name). */
    static Map<String, List<String>> sharedRuns(Map<String, String> articles, Map<String, String> announcements,
                                                List<String> allowed) {
        Map<String, String> windows = new HashMap<>();   // window -> first article holding it
        articles.forEach((name, raw) -> {
            String text = squeeze(raw, allowed);
            for (int i = 0; i + WINDOW <= text.length(); i++) {
                String window = text.substring(i, i + WINDOW);
                if (window.indexOf(MASK) < 0) {
                    windows.putIfAbsent(window, name);
                }
            }
        });
        Map<String, List<String>> shared = new TreeMap<>();
        announcements.forEach((name, raw) -> {
            String text = squeeze(raw, List.of());
            for (int i = 0; i + WINDOW <= text.length(); i++) {
                String article = windows.get(text.substring(i, i + WINDOW));
                if (article != null) {
                    List<String> found = shared.computeIfAbsent(article, a -> new ArrayList<>());
                    if (found.size() < 3) {
                        found.add(text.substring(i, i + WINDOW) + "  (" + name + ")");
                    }
                }
            }
        });
        return shared;
    }

    static String squeeze(String text, List<String> allowed) {
        String squeezed = SPACE.matcher(URL.matcher(text).replaceAll(String.valueOf(MASK))).replaceAll("");
        for (String phrase : allowed) {
            squeezed = squeezed.replace(phrase, String.valueOf(MASK).repeat(phrase.length()));
        }
        return squeezed;
    }

    private static List<String> allowedPhrases() throws IOException {
        if (!Files.isRegularFile(ALLOW)) {
            return List.of();
        }
        return Files.readAllLines(ALLOW).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> SPACE.matcher(line).replaceAll(""))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static Map<String, String> texts(Path dir, String suffix) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p))
                    .forEach(p -> texts.put(dir.relativize(p).toString(), read(p)));
        }
        return texts;
    }

    private static String read(Path path) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
