package th.sso.hotline.knowledge.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Source URLs come from files anyone may have edited (front matter, dumps, scraped pages) and end up as links in
 * LINE messages and the console. Only an absolute http(s) URL with a host is a link; anything else
 * ({@code javascript:}, {@code data:}, relative paths, text with spaces or control characters) is no link at all.
 */
public final class WebLinks {

    private WebLinks() {
    }

    /** The URL, stripped, when it is a safe web link; otherwise null. */
    public static String httpOrNull(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        if (s.isEmpty() || s.chars().anyMatch(c -> c <= 0x20 || c == 0x7f || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT)) {
            return null;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
                return null;
            }
            return s;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
