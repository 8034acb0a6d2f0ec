package th.sso.hotline.staff.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The console's static files under versioned URLs, {@code /static/v-<hash>/console.css} and
 * {@code /static/v-<hash>/lib/bootstrap/5.3.3/...} for the webjars: the hash covers the console's own files (the
 * webjars' paths carry their library version), so a URL never changes content and browsers may keep it for a year.
 * Text files go out gzip-compressed to clients that accept it (compressed once, then kept in memory). The
 * unversioned {@code /static/**} and {@code /webjars/**} stay served, with a short cache, for pages still open
 * from before a deployment.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class StaticAssets {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String SHORT = "public, max-age=300";
    private static final List<String> OWN_FILES = List.of("console.css", "console.js", "favicon.svg", "favicon.ico");
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._\\-]+(/[A-Za-z0-9._\\-]+)*");
    private static final Map<String, String> LIBRARIES = Map.of(
            "lib/bootstrap/", "META-INF/resources/webjars/bootstrap/",
            "lib/chart.js/", "META-INF/resources/webjars/chart.js/");
    private static final Map<String, MediaType> TYPES = Map.of(
            "css", MediaType.of("text/css;charset=utf-8"),
            "js", MediaType.of("text/javascript;charset=utf-8"),
            "svg", MediaType.of("image/svg+xml"),
            "ico", MediaType.of("image/x-icon"),
            "map", MediaType.APPLICATION_JSON_TYPE);

    private final String version;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    StaticAssets() {
        this.version = hashOfOwnFiles();
    }

    /** The URL prefix templates put before a file's path, e.g. {@code /static/v-1a2b3c4d5e}. */
    public String prefix() {
        return "/static/v-" + version;
    }

    @Get("/static/v-{v}/{+path}")
    HttpResponse<?> versioned(@PathVariable String v, @PathVariable String path,
                              @Nullable @Header(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        // An older hash (a page loaded before a deployment) still gets the file, but only for a short while.
        return serve(path, acceptEncoding, version.equals(v) ? IMMUTABLE : SHORT);
    }

    /** Browsers ask for it on every site whatever the page links. */
    @Get("/favicon.ico")
    HttpResponse<?> favicon(@Nullable @Header(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return serve("favicon.ico", acceptEncoding, "public, max-age=86400");
    }

    private HttpResponse<?> serve(String path, String acceptEncoding, String cacheControl) {
        Optional<Asset> asset = cache.computeIfAbsent(path, StaticAssets::load);
        if (asset.isEmpty()) {
            return HttpResponse.notFound();
        }
        Asset a = asset.get();
        boolean gzip = a.gzip() != null && acceptEncoding != null
                && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        MutableHttpResponse<byte[]> response = HttpResponse.ok(gzip ? a.gzip() : a.plain()).contentType(a.type());
        response.header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response;
    }

    private static Optional<Asset> load(String path) {
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            return Optional.empty();
        }
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        MediaType type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        String resource = LIBRARIES.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                .map(e -> e.getValue() + path.substring(e.getKey().length())).findFirst()
                .orElse(path.startsWith("lib/") ? null : "static/" + path);
        byte[] bytes = resource == null ? null : read(resource);
        if (bytes == null) {
            return Optional.empty();
        }
        boolean text = !"ico".equals(extension);
        return Optional.of(new Asset(bytes, text ? gzip(bytes) : null, type));
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hashOfOwnFiles() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : OWN_FILES) {
                byte[] bytes = read("static/" + file);
                sha.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (bytes != null) {
                    sha.update(bytes);
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Asset(byte[] plain, byte[] gzip, MediaType type) {
    }
}
