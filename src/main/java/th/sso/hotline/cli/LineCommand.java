package th.sso.hotline.cli;

import com.linecorp.bot.messaging.model.BotInfoResponse;
import com.linecorp.bot.messaging.model.GetWebhookEndpointResponse;
import com.linecorp.bot.messaging.model.RichMenuResponse;
import com.linecorp.bot.messaging.model.TestWebhookEndpointResponse;
import th.sso.hotline.line.setup.LineSetup;
import th.sso.hotline.line.setup.RichMenuImage;
import th.sso.hotline.line.setup.RichMenuSpec;
import th.sso.hotline.nlu.IntentFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code line ...}: sets up the LINE channel from the command line with the service's own variables
 * ({@code LINE_CHANNEL_ACCESS_TOKEN}, {@code LINE_API_BASE_URL}), so that a wrong token shows before the first
 * citizen writes, and the webhook and rich menu are set the same way on every channel.
 */
final class LineCommand {

    static final String USAGE = """
            usage: java -jar sso-hotline.jar line info
                   java -jar sso-hotline.jar line webhook set https://HOST/callback
                   java -jar sso-hotline.jar line webhook test [https://HOST/callback]
                   java -jar sso-hotline.jar line richmenu setup  [--file deploy/line/richmenu.yaml] [--size large|compact]
                   java -jar sso-hotline.jar line richmenu create [--file FILE] [--size large|compact]
                   java -jar sso-hotline.jar line richmenu upload RICHMENU_ID [--image FILE.png] [--file FILE]
                   java -jar sso-hotline.jar line richmenu default RICHMENU_ID
                   java -jar sso-hotline.jar line richmenu list
                   java -jar sso-hotline.jar line richmenu delete RICHMENU_ID
                   java -jar sso-hotline.jar line richmenu image [--out DIR] [--file FILE]   (draws both sizes, offline)""";

    static final String DEFAULT_FILE = "deploy/line/richmenu.yaml";

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    LineCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        System.setProperty("java.awt.headless", "true");
        List<String> words = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
            } else {
                words.add(args[i]);
            }
        }
        String command = String.join(" ", words.subList(0, Math.min(2, words.size())));
        try {
            return switch (command) {
                case "info" -> info();
                case "webhook set" -> webhookSet(argument(words, 2, "URL"));
                case "webhook test" -> webhookTest(words.size() > 2 ? Optional.of(URI.create(words.get(2))) : Optional.empty());
                case "richmenu setup" -> setup(options);
                case "richmenu create" -> {
                    out.println(setup().createRichMenu(spec(options, options.get("size"))));
                    yield 0;
                }
                case "richmenu upload" -> upload(argument(words, 2, "RICHMENU_ID"), options);
                case "richmenu default" -> {
                    setup().setDefault(argument(words, 2, "RICHMENU_ID"));
                    out.println("default rich menu: " + words.get(2));
                    yield 0;
                }
                case "richmenu list" -> list();
                case "richmenu delete" -> {
                    setup().deleteRichMenu(argument(words, 2, "RICHMENU_ID"));
                    out.println("deleted " + words.get(2));
                    yield 0;
                }
                case "richmenu image" -> image(options);
                default -> usage(words.isEmpty() ? "line needs a command" : "unknown: line " + String.join(" ", words));
            };
        } catch (LineSetup.LineCallFailed e) {
            err.println("LINE refused: " + e.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private int info() {
        BotInfoResponse bot = setup().botInfo();
        out.println("token OK");
        out.println("basic id:     " + bot.basicId());
        out.println("display name: " + bot.displayName());
        if (bot.premiumId() != null) {
            out.println("premium id:   " + bot.premiumId());
        }
        out.println("chat mode:    " + bot.chatMode() + ", mark as read: " + bot.markAsReadMode());
        return 0;
    }

    private int webhookSet(String url) {
        GetWebhookEndpointResponse now = setup().setWebhook(URI.create(url));
        out.println("webhook: " + now.endpoint() + " (active: " + now.active() + ")");
        return 0;
    }

    private int webhookTest(Optional<URI> url) {
        TestWebhookEndpointResponse result = setup().testWebhook(url);
        out.println("success: " + result.success() + ", status " + result.statusCode() + ", " + result.reason()
                + (result.detail() == null || result.detail().isBlank() ? "" : " (" + result.detail() + ")"));
        return Boolean.TRUE.equals(result.success()) ? 0 : 1;
    }

    /** Create, draw and upload the image, make it the default: the whole rich menu in one step. */
    private int setup(Map<String, String> options) throws IOException {
        RichMenuSpec spec = spec(options, options.get("size"));
        LineSetup line = setup();
        String id = line.createRichMenu(spec);
        out.println("created " + id + " (" + spec.layout().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + spec.tiles().size() + " areas)");
        line.uploadImage(id, png(spec, options));
        out.println("image uploaded");
        line.setDefault(id);
        out.println("default rich menu: " + id);
        return 0;
    }

    private int upload(String id, Map<String, String> options) throws IOException {
        LineSetup line = setup();
        RichMenuResponse menu = line.richMenu(id);
        RichMenuSpec.Layout layout = RichMenuSpec.Layout.of(menu.size().width(), menu.size().height());
        RichMenuSpec spec = spec(options, null).withLayout(layout);
        line.uploadImage(id, png(spec, options));
        out.println("image uploaded to " + id + " (" + layout.width + "x" + layout.height + ")");
        return 0;
    }

    private int list() {
        LineSetup line = setup();
        Optional<String> current = line.defaultRichMenu();
        List<RichMenuResponse> menus = line.richMenus();
        for (RichMenuResponse m : menus) {
            out.printf("%s  %s  %dx%d  %d areas%s%n", m.richMenuId(), m.name(), m.size().width(), m.size().height(),
                    m.areas() == null ? 0 : m.areas().size(), current.filter(m.richMenuId()::equals).isPresent() ? "  (default)" : "");
        }
        if (menus.isEmpty()) {
            out.println("no rich menus");
        }
        return 0;
    }

    private int image(Map<String, String> options) throws IOException {
        Path dir = Path.of(options.getOrDefault("out", "target/richmenu"));
        Files.createDirectories(dir);
        RichMenuImage painter = new RichMenuImage();
        RichMenuSpec spec = spec(options, null);
        for (RichMenuSpec.Layout layout : RichMenuSpec.Layout.values()) {
            Path file = dir.resolve("richmenu-" + layout.name().toLowerCase(java.util.Locale.ROOT) + ".png");
            Files.write(file, painter.png(spec.withLayout(layout)));
            out.println(file + "  " + layout.width + "x" + layout.height);
        }
        out.println("font: " + painter.font());
        return 0;
    }

    private byte[] png(RichMenuSpec spec, Map<String, String> options) throws IOException {
        if (options.containsKey("image")) {
            return Files.readAllBytes(Path.of(options.get("image")));
        }
        RichMenuImage painter = new RichMenuImage();
        if (!painter.canShowThai()) {
            err.println("warning: " + painter.font() + "; Thai labels will not render");
        }
        return painter.png(spec);
    }

    private RichMenuSpec spec(Map<String, String> options, String size) throws IOException {
        Path intents = Path.of(options.getOrDefault("intents", env.getOrDefault("INTENTS_DIR", "intents")));
        return RichMenuSpec.read(Path.of(options.getOrDefault("file", DEFAULT_FILE)), IntentFiles.readIntents(intents), size);
    }

    private LineSetup setup() {
        return new LineSetup(LineSetup.Settings.from(env));
    }

    private static String argument(List<String> words, int index, String name) {
        if (words.size() <= index) {
            throw new IllegalArgumentException("missing " + name);
        }
        return words.get(index);
    }

    private int usage(String why) {
        err.println(why);
        err.println(USAGE);
        return 2;
    }
}
