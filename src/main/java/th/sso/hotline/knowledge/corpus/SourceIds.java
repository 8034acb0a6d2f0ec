package th.sso.hotline.knowledge.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Stable announcement ids and the URL form under which two copies of a page count as the same. */
public final class SourceIds {

    private SourceIds() {
    }

    /**
     * "https://www.thaigov.go.th/news/contents/details/37619/" and "http://thaigov.go.th/news/contents/details/37619"
     * are one page: scheme, "www.", default port, fragment and trailing slashes do not matter; the query does.
     */
    public static String normalizeUrl(String url) {
        String s = url.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        try {
            URI uri = new URI(s);
            if (uri.getHost() != null) {
                String host = uri.getHost().toLowerCase(Locale.ROOT);
                if (host.startsWith("www.")) {
                    host = host.substring(4);
                }
                int port = uri.getPort();
                boolean defaultPort = port == -1 || port == 80 || port == 443;
                String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                return host + (defaultPort ? "" : ":" + port) + path + query;
            }
        } catch (URISyntaxException e) {
            // fall through to the plain-text form
        }
        return s.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("#.*$", "").replaceAll("/+$", "");
    }

    public static String forUrl(String url) {
        return sha1(normalizeUrl(url));
    }

    public static String forPath(Path file) {
        return sha1(file.toString().replace('\\', '/'));
    }

    static String sha1(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every JVM", e);
        }
    }
}
