package th.sso.hotline.staff.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Thai and English texts stay in step: every bundle of the console and of the citizen-facing staff
 * features has the same keys in both languages, no value is empty, every {@code #{key}} a template uses
 * exists, and no template hard-codes visible text (text nodes, or placeholder/title/alt/aria-label).
 */
class I18nSyncTest {

    private static final Path VIEWS = Path.of("src/main/resources/views");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}]");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{'?([a-zA-Z0-9_.]+)'?[}(]");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "value");

    @ParameterizedTest
    @ValueSource(strings = {"console", "privacy", "handoff", "bot"})
    void bothLanguagesHaveTheSameKeysAndNoEmptyText(String bundle) throws IOException {
        Properties th = load("i18n/" + bundle + "_th.properties");
        Properties en = load("i18n/" + bundle + "_en.properties");
        assertThat(new TreeSet<>(th.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(th.stringPropertyNames()).allSatisfy(k -> {
            assertThat(th.getProperty(k)).as("th " + k).isNotBlank();
            assertThat(en.getProperty(k)).as("en " + k).isNotBlank();
            assertThat(placeholders(th.getProperty(k))).as(k).isEqualTo(placeholders(en.getProperty(k)));
        });
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties en = load("i18n/console_en.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                String key = m.group(1);
                boolean dynamicPrefix = key.endsWith(".");
                boolean known = dynamicPrefix ? en.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                        : en.containsKey(key);
                if (!known) {
                    missing.add(template.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesDoNotHardCodeVisibleText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template));
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(org.jsoup.nodes.Node node, int depth) {
                    if (node instanceof TextNode text && !insideScriptOrStyle(text) && !replaced(text)
                            && LETTERS.matcher(text.text()).find()) {
                        hardCoded.add(template.getFileName() + ": \"" + text.text().strip() + "\"");
                    }
                    if (node instanceof Element e) {
                        for (String attribute : VISIBLE_ATTRIBUTES) {
                            if (e.hasAttr(attribute) && LETTERS.matcher(e.attr(attribute)).find()
                                    && !(attribute.equals("value") && !e.attr("type").matches("submit|button|reset"))) {
                                hardCoded.add(template.getFileName() + ": " + attribute + "=\"" + e.attr(attribute) + "\"");
                            }
                        }
                    }
                }

                @Override
                public void tail(org.jsoup.nodes.Node node, int depth) {
                }
            }, doc);
        }
        assertThat(hardCoded).as("visible text must come from i18n/console_*.properties").isEmpty();
    }

    private static boolean insideScriptOrStyle(TextNode text) {
        Element p = text.parent();
        return p != null && (p.tagName().equals("script") || p.tagName().equals("style") || p.tagName().equals("title"));
    }

    /** Text inside an element whose content Thymeleaf replaces (th:text / th:utext) never reaches the page. */
    private static boolean replaced(TextNode text) {
        Element p = text.parent();
        return p != null && (p.hasAttr("th:text") || p.hasAttr("th:utext"));
    }

    private static Set<String> placeholders(String s) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(s);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(VIEWS)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        }
        return p;
    }
}
