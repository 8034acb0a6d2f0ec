package th.sso.hotline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.IntentFiles;
import th.sso.hotline.support.LineApiStub;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code line ...} against the LINE stand-in: what each command sends through the SDK and what it prints. */
class LineCommandTest {

    private static final LineApiStub LINE = new LineApiStub();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterAll
    static void stop() {
        LINE.close();
    }

    @BeforeEach
    void clean() {
        LINE.reset();
    }

    private int line(String... args) {
        return line(Map.of("LINE_CHANNEL_ACCESS_TOKEN", "test-token", "LINE_API_BASE_URL", LINE.baseUrl()), args);
    }

    private int line(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 1];
        all[0] = "line";
        System.arraycopy(args, 0, all, 1, args.length);
        return new LineCommand(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void infoChecksTheTokenAndPrintsTheBasicIdAndName() {
        assertThat(line("info")).isZero();
        assertThat(printed()).contains("token OK", "@123abcde", "SSO hotline (stand-in)");
        assertThat(LINE.callsTo("/v2/bot/info")).singleElement()
                .satisfies(c -> assertThat(c.authorization()).isEqualTo("Bearer test-token"));
    }

    @Test
    void withoutATokenNothingIsCalled() {
        assertThat(line(Map.of("LINE_API_BASE_URL", LINE.baseUrl()), "info")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("LINE_CHANNEL_ACCESS_TOKEN is not set");
        assertThat(LINE.calls()).isEmpty();
    }

    @Test
    void aRefusedCallExitsOneWithLinesStatus() {
        assertThat(line("richmenu", "default", "richmenu-unknown")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("LINE refused: HTTP 404");
    }

    @Test
    void setsAndTestsTheWebhook() {
        assertThat(line("webhook", "set", "https://bot.example.org/callback")).isZero();
        assertThat(LINE.webhookEndpoint()).isEqualTo("https://bot.example.org/callback");
        assertThat(printed()).contains("webhook: https://bot.example.org/callback (active: true)");
        assertThat(LINE.callsTo("/v2/bot/channel/webhook/endpoint")).extracting(LineApiStub.Call::method)
                .containsExactly("PUT", "GET");

        assertThat(line("webhook", "test")).isZero();
        assertThat(printed()).contains("success: true, status 200, OK");

        assertThat(line("webhook", "set", "http://bot.example.org/callback")).isEqualTo(2);
        assertThat(LINE.webhookEndpoint()).isEqualTo("https://bot.example.org/callback");
    }

    @Test
    void setupCreatesTheMenuFromTheYamlUploadsItsImageAndMakesItTheDefault() throws IOException {
        assertThat(line("richmenu", "setup")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(LINE.richMenus()).hasSize(1);
        String id = LINE.richMenus().keySet().iterator().next();
        JsonNode menu = LINE.richMenus().get(id);
        assertThat(LINE.defaultRichMenu()).isEqualTo(id);
        assertThat(menu.path("size").path("width").asInt()).isEqualTo(2500);
        assertThat(menu.path("size").path("height").asInt()).isEqualTo(1686);

        // The top topics of the intents' menu, in its order, then the way to a person; labels are their titles.
        List<IntentDefinition> intents = IntentFiles.readIntents(Path.of("intents"));
        List<String> expected = new ArrayList<>(intents.stream().filter(i -> i.menu() != null)
                .sorted(Comparator.comparing(IntentDefinition::menu)).map(IntentDefinition::id).limit(5).toList());
        expected.add("talk_to_staff");
        List<String> data = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        menu.path("areas").forEach(a -> {
            data.add(a.path("action").path("data").asText());
            labels.add(a.path("action").path("label").asText());
            assertThat(a.path("action").path("type").asText()).isEqualTo("postback");
        });
        assertThat(data).containsExactlyElementsOf(expected.stream().map(i -> "intent=" + i).toList());
        assertThat(labels).first().isEqualTo(intents.stream().filter(i -> i.id().equals(expected.get(0)))
                .findFirst().orElseThrow().title().th());

        // The areas tile the whole image without overlapping.
        long covered = 0;
        for (JsonNode a : menu.path("areas")) {
            covered += a.path("bounds").path("width").asLong() * a.path("bounds").path("height").asLong();
        }
        assertThat(covered).isEqualTo(2500L * 1686);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Objects.requireNonNull(LINE.richMenuImage(id))));
        assertThat(image.getWidth()).isEqualTo(2500);
        assertThat(image.getHeight()).isEqualTo(1686);
        assertThat(LINE.callsTo("/v2/bot/richmenu/" + id + "/content")).singleElement()
                .satisfies(c -> assertThat(c.contentType()).startsWith("image/png"));

        assertThat(line("richmenu", "list")).isZero();
        assertThat(printed()).contains(id, "sso-hotline-main", "2500x1686", "6 areas", "(default)");

        assertThat(line("richmenu", "delete", id)).isZero();
        assertThat(line("richmenu", "list")).isZero();
        assertThat(printed()).contains("no rich menus");
        assertThat(LINE.defaultRichMenu()).isNull();
    }

    @Test
    void aCompactMenuIsCreatedThenGetsAnImageOfItsOwnSize() throws IOException {
        assertThat(line("richmenu", "create", "--size", "compact")).isZero();
        String id = printed().strip();
        assertThat(LINE.richMenus()).containsKey(id);
        // Without an image LINE refuses to make it the default.
        assertThat(line("richmenu", "default", id)).isEqualTo(1);

        assertThat(line("richmenu", "upload", id)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed()).contains("2500x843");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(LINE.richMenuImage(id)));
        assertThat(image.getHeight()).isEqualTo(843);
        assertThat(line("richmenu", "default", id)).isZero();
        assertThat(LINE.defaultRichMenu()).isEqualTo(id);
    }

    @Test
    void drawsBothImageSizesOffline(@TempDir Path dir) throws IOException {
        assertThat(line(Map.of(), "richmenu", "image", "--out", dir.toString())).isZero();
        BufferedImage large = ImageIO.read(dir.resolve("richmenu-large.png").toFile());
        BufferedImage compact = ImageIO.read(dir.resolve("richmenu-compact.png").toFile());
        assertThat(large.getWidth()).isEqualTo(2500);
        assertThat(large.getHeight()).isEqualTo(1686);
        assertThat(compact.getHeight()).isEqualTo(843);
        // The tile text is drawn: the centre of the first tile holds white pixels, not only the tile colour.
        assertThat(whitePixels(large, 0, 0, 833, 843)).isGreaterThan(1000);
        assertThat(printed()).contains("font: ");
        assertThat(LINE.calls()).isEmpty();
    }

    @Test
    void anUnknownIntentInTheMenuFileIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("menu.yaml");
        java.nio.file.Files.writeString(file, "name: m\nchat_bar_text: Menu\nsize: large\ntiles:\n  - intent: no_such_topic\n");
        assertThat(line("richmenu", "create", "--file", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown intent no_such_topic");
        assertThat(LINE.richMenus()).isEmpty();
    }

    private static int whitePixels(BufferedImage image, int x0, int y0, int w, int h) {
        int n = 0;
        for (int x = x0; x < x0 + w; x += 2) {
            for (int y = y0; y < y0 + h; y += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }
}
