package th.sso.hotline.line.setup;

import com.linecorp.bot.client.base.UploadFile;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.BotInfoResponse;
import com.linecorp.bot.messaging.model.GetWebhookEndpointResponse;
import com.linecorp.bot.messaging.model.RichMenuResponse;
import com.linecorp.bot.messaging.model.SetWebhookEndpointRequest;
import com.linecorp.bot.messaging.model.TestWebhookEndpointRequest;
import com.linecorp.bot.messaging.model.TestWebhookEndpointResponse;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The channel set-up an operator otherwise does by hand in the LINE console, through the SDK's
 * {@link MessagingApiClient} (bot info, webhook, rich menus) and {@link MessagingApiBlobClient} (rich menu image).
 */
public final class LineSetup {

    /** Where the clients go and with which token: the service's own variables, read once from the environment. */
    public record Settings(String token, URI apiBase, URI dataApiBase) {

        public static Settings from(Map<String, String> env) {
            String token = env.getOrDefault("LINE_CHANNEL_ACCESS_TOKEN", "");
            if (token.isBlank()) {
                throw new IllegalArgumentException("LINE_CHANNEL_ACCESS_TOKEN is not set");
            }
            String api = env.getOrDefault("LINE_API_BASE_URL", "https://api.line.me");
            // A stand-in serves both; LINE itself serves images from a host of their own.
            String data = env.getOrDefault("LINE_DATA_API_BASE_URL",
                    env.containsKey("LINE_API_BASE_URL") ? api : "https://api-data.line.me");
            return new Settings(token, URI.create(api), URI.create(data));
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final MessagingApiClient api;
    private final MessagingApiBlobClient blobs;

    public LineSetup(Settings settings) {
        this.api = MessagingApiClient.builder(settings.token()).apiEndPoint(settings.apiBase())
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(TIMEOUT).build();
        this.blobs = MessagingApiBlobClient.builder(settings.token()).apiEndPoint(settings.dataApiBase())
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(TIMEOUT).writeTimeout(TIMEOUT).build();
    }

    /** Proves the token works: LINE answers only an authorised channel. */
    public BotInfoResponse botInfo() {
        return call(api.getBotInfo());
    }

    public GetWebhookEndpointResponse setWebhook(URI endpoint) {
        if (!"https".equals(endpoint.getScheme())) {
            throw new IllegalArgumentException("LINE accepts only an https:// webhook URL");
        }
        call(api.setWebhookEndpoint(new SetWebhookEndpointRequest(endpoint)));
        return call(api.getWebhookEndpoint());
    }

    /** LINE sends a signed test event to the endpoint (the one set, unless another is given) and says how it went. */
    public TestWebhookEndpointResponse testWebhook(Optional<URI> endpoint) {
        return call(api.testWebhookEndpoint(new TestWebhookEndpointRequest(endpoint.orElse(null))));
    }

    public String createRichMenu(RichMenuSpec spec) {
        return call(api.createRichMenu(spec.request())).richMenuId();
    }

    public RichMenuResponse richMenu(String id) {
        return call(api.getRichMenu(id));
    }

    public void uploadImage(String richMenuId, byte[] png) {
        call(blobs.setRichMenuImage(richMenuId, UploadFile.fromByteArray(png, "image/png")));
    }

    public void setDefault(String richMenuId) {
        call(api.setDefaultRichMenu(richMenuId));
    }

    /** The default rich menu's id, or empty when none is set (LINE answers 404). */
    public Optional<String> defaultRichMenu() {
        try {
            return Optional.ofNullable(call(api.getDefaultRichMenuId()).richMenuId());
        } catch (LineCallFailed e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public List<RichMenuResponse> richMenus() {
        List<RichMenuResponse> menus = call(api.getRichMenuList()).richmenus();
        return menus == null ? List.of() : menus;
    }

    public void deleteRichMenu(String richMenuId) {
        call(api.deleteRichMenu(richMenuId));
    }

    /** A refused or failed call, with LINE's status and message but never the token. */
    public static final class LineCallFailed extends RuntimeException {
        private final int status;

        LineCallFailed(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        /** LINE's HTTP status, 0 when no answer came (timeout, refused connection). */
        public int status() {
            return status;
        }
    }

    private static <T> T call(CompletableFuture<com.linecorp.bot.client.base.Result<T>> future) {
        try {
            return future.get().body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LineCallFailed(0, "interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            int status = cause instanceof AbstractLineClientException http ? http.getCode() : 0;
            throw new LineCallFailed(status, (status == 0 ? cause.getClass().getSimpleName() : "HTTP " + status)
                    + ": " + cause.getMessage(), cause);
        }
    }
}
