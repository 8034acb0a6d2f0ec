package th.sso.hotline.line.setup;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Draws the rich menu image with Java2D: one coloured tile per area, the Thai title large and the English one
 * below, at exactly the size of the menu's layout. Thai needs a font with Thai glyphs; the first installed one of
 * {@link #THAI_FONTS} is used (Debian: fonts-thai-tlwg), else the JDK's logical sans-serif, and {@link #font()}
 * says which, so the command can warn when Thai would come out as boxes.
 */
public final class RichMenuImage {

    static final List<String> THAI_FONTS = List.of("Noto Sans Thai", "Noto Sans Thai UI", "Sarabun", "Loma",
            "Garuda", "Tlwg Typo", "Norasi");
    private static final String SAMPLE = "ประกันสังคม";

    private final String family;

    public RichMenuImage() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        this.family = THAI_FONTS.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }

    /** The font family used, and whether it has Thai glyphs. */
    public String font() {
        return family + (canShowThai() ? "" : " (no Thai glyphs: install fonts-thai-tlwg or Noto Sans Thai)");
    }

    public boolean canShowThai() {
        return new Font(family, Font.BOLD, 40).canDisplayUpTo(SAMPLE) == -1;
    }

    public byte[] png(RichMenuSpec spec) {
        BufferedImage image = draw(spec);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    BufferedImage draw(RichMenuSpec spec) {
        RichMenuSpec.Layout layout = spec.layout();
        BufferedImage image = new BufferedImage(layout.width, layout.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int i = 0; i < spec.tiles().size(); i++) {
                tile(g, spec.tiles().get(i), spec.bounds(i));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void tile(Graphics2D g, RichMenuSpec.Tile tile, int[] b) {
        g.setColor(Color.decode(tile.color()));
        g.fillRect(b[0], b[1], b[2], b[3]);
        g.setColor(new Color(255, 255, 255, 90));
        g.setStroke(new BasicStroke(6));
        g.drawRect(b[0] + 3, b[1] + 3, b[2] - 6, b[3] - 6);
        g.setColor(Color.WHITE);
        int main = fitting(g, tile.th(), Font.BOLD, b[2] - 60, Math.min(b[3] / 5, 120));
        int second = fitting(g, tile.en(), Font.PLAIN, b[2] - 60, Math.min(Math.min(b[3] / 8, 72), main * 3 / 4));
        int centreY = b[1] + b[3] / 2;
        centred(g, tile.th(), new Font(family, Font.BOLD, main), b, centreY - main / 4);
        centred(g, tile.en(), new Font(family, Font.PLAIN, second), b, centreY + main / 2 + second / 2 + 10);
    }

    /** The largest size up to {@code max} at which the text fits the width. */
    private int fitting(Graphics2D g, String text, int style, int width, int max) {
        int size = max;
        while (size > 16 && g.getFontMetrics(new Font(family, style, size)).stringWidth(text) > width) {
            size -= 4;
        }
        return size;
    }

    private static void centred(Graphics2D g, String text, Font font, int[] b, int baseline) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, b[0] + (b[2] - m.stringWidth(text)) / 2, baseline);
    }
}
