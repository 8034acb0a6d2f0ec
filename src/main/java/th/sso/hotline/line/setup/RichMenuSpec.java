package th.sso.hotline.line.setup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.RichMenuArea;
import com.linecorp.bot.messaging.model.RichMenuBounds;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.RichMenuSize;
import th.sso.hotline.dialogue.LineLimits;
import th.sso.hotline.dialogue.Postback;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.Language;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rich menu as written in {@code deploy/line/richmenu.yaml}, resolved against the intents: each tile is an
 * intent, labelled with its Thai and English title, and sends the same {@code intent=<id>} postback as a quick
 * reply, so a tap is answered exactly like choosing that topic.
 */
public record RichMenuSpec(String name, String chatBarText, Layout layout, List<Tile> tiles) {

    /** The two sizes LINE accepts for a rich menu image. */
    public enum Layout {
        LARGE(2500, 1686, 2), COMPACT(2500, 843, 1);

        public final int width;
        public final int height;
        public final int rows;

        Layout(int width, int height, int rows) {
            this.width = width;
            this.height = height;
            this.rows = rows;
        }

        public static Layout of(String name) {
            return switch (name == null ? "large" : name.toLowerCase(java.util.Locale.ROOT)) {
                case "large" -> LARGE;
                case "compact" -> COMPACT;
                default -> throw new IllegalArgumentException("size must be large or compact, not " + name);
            };
        }

        public static Layout of(long width, long height) {
            for (Layout l : values()) {
                if (l.width == width && l.height == height) {
                    return l;
                }
            }
            throw new IllegalArgumentException("no rich menu layout of " + width + "x" + height);
        }
    }

    public record Tile(String intent, String th, String en, String color) {
    }

    record File(String name, @JsonProperty("chat_bar_text") String chatBarText, String size, List<FileTile> tiles) {
    }

    record FileTile(String intent, String color) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final int MAX_CHAT_BAR_TEXT = 14;
    private static final int MAX_AREAS = 20;
    private static final String[] PALETTE = {"#0B4F8A", "#13679E", "#1B7FB3", "#2397C7", "#2BAFDB", "#06C755"};

    /** Reads the file and labels each tile from its intent; an unknown intent or a bad size is an error. */
    public static RichMenuSpec read(Path file, List<IntentDefinition> intents, String sizeOverride) throws IOException {
        File f = YAML.readValue(file.toFile(), File.class);
        Map<String, IntentDefinition> byId = intents.stream()
                .collect(Collectors.toMap(IntentDefinition::id, Function.identity()));
        if (f.tiles() == null || f.tiles().isEmpty() || f.tiles().size() > MAX_AREAS) {
            throw new IllegalArgumentException(file + ": 1 to " + MAX_AREAS + " tiles");
        }
        if (f.name() == null || f.name().isBlank() || f.name().length() > 300) {
            throw new IllegalArgumentException(file + ": name is required (at most 300 characters)");
        }
        if (f.chatBarText() == null || f.chatBarText().isBlank() || f.chatBarText().length() > MAX_CHAT_BAR_TEXT) {
            throw new IllegalArgumentException(file + ": chat_bar_text is required (at most 14 characters)");
        }
        List<Tile> tiles = new ArrayList<>();
        for (FileTile t : f.tiles()) {
            IntentDefinition intent = byId.get(t.intent());
            if (intent == null) {
                throw new IllegalArgumentException(file + ": unknown intent " + t.intent());
            }
            if (intent.title() == null) {
                throw new IllegalArgumentException(file + ": intent " + t.intent() + " has no title to show");
            }
            String color = t.color() == null ? PALETTE[tiles.size() % (PALETTE.length - 1)] : t.color();
            tiles.add(new Tile(intent.id(), intent.title().in(Language.TH), intent.title().in(Language.EN), color));
        }
        return new RichMenuSpec(f.name(), f.chatBarText(),
                Layout.of(sizeOverride != null ? sizeOverride : f.size()), List.copyOf(tiles));
    }

    public RichMenuSpec withLayout(Layout other) {
        return new RichMenuSpec(name, chatBarText, other, tiles);
    }

    /** Columns of the grid: the tiles share the rows evenly. */
    public int columns() {
        return (tiles.size() + layout.rows - 1) / layout.rows;
    }

    /** Where tile {@code i} lies on the image, in the image's pixels; the last column takes the remainder. */
    public int[] bounds(int i) {
        int columns = columns();
        int row = i / columns;
        int column = i % columns;
        int w = layout.width / columns;
        int h = layout.height / layout.rows;
        int width = column == columns - 1 ? layout.width - w * column : w;
        int height = row == layout.rows - 1 ? layout.height - h * row : h;
        return new int[] {column * w, row * h, width, height};
    }

    /** The Messaging API request that creates this menu. */
    public RichMenuRequest request() {
        List<RichMenuArea> areas = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            Tile t = tiles.get(i);
            int[] b = bounds(i);
            areas.add(new RichMenuArea(new RichMenuBounds((long) b[0], (long) b[1], (long) b[2], (long) b[3]),
                    new PostbackAction.Builder()
                            .label(LineLimits.fit(t.th(), LineLimits.MAX_LABEL))
                            .data(new Postback.AskIntent(t.intent()).format())
                            .displayText(t.th())
                            .build()));
        }
        return new RichMenuRequest.Builder()
                .size(new RichMenuSize((long) layout.width, (long) layout.height))
                .selected(true)
                .name(name)
                .chatBarText(chatBarText)
                .areas(areas)
                .build();
    }
}
