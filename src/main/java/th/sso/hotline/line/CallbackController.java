package th.sso.hotline.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.webhook.model.CallbackRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.sso.hotline.privacy.PayloadCipher;
import th.sso.hotline.web.Problem;
import th.sso.hotline.web.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * LINE's webhook. The signature is checked on the raw bytes before anything else; each event is written to
 * the durable inbox before the 200 goes back, and is handled afterwards by the inbox workers.
 */
@Controller("/callback")
class CallbackController {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackController.class);
    /** LINE's webhook payloads are far below this; anything larger is not from LINE. */
    static final int MAX_BODY = 1024 * 1024;
    /** Year 9999: a later timestamp is not a time. */
    private static final long MAX_TIMESTAMP = 253_402_300_799_000L;
    /**
     * Bodies up to this size are parsed on the event loop (tens of microseconds; a hop to another thread costs
     * about as much). Larger ones, which only a batch of many events makes, are parsed on the blocking executor.
     */
    static final int INLINE_PARSE = 64 * 1024;
    static final String BAD_SIGNATURE = "missing or invalid X-Line-Signature";

    private final SignatureCheck signatures;
    private final InboxWriter writer;
    private final InboxWorkers workers;
    private final MeterRegistry meters;
    private final ObjectMapper mapper = ModelObjectMapper.createNewObjectMapper();
    private final PayloadCipher payloads;
    /** One log line when the database goes away, then at most one a minute while it stays away. */
    private final AtomicBoolean unavailableLogged = new AtomicBoolean();
    private final Throttle unavailableLogEvery = new Throttle(60_000);

    private final Counter badSignature;
    private final Counter malformed;
    private final Counter unavailable;
    private final Counter duplicates;

    private final Counter tooLarge;
    private final Counter unconfigured;
    private final Throttle unconfiguredLogEvery = new Throttle(60_000);
    private final ExecutorService blocking;
    private final Clock clock;

    CallbackController(SignatureCheck signatures, InboxWriter writer, InboxWorkers workers, MeterRegistry meters,
                       PayloadCipher payloads, @Named(TaskExecutors.BLOCKING) ExecutorService blocking, Clock clock) {
        this.clock = clock;
        this.blocking = blocking;
        this.tooLarge = meters.counter("hotline.webhook.rejected", "reason", "too-large");
        this.unconfigured = meters.counter("hotline.webhook.rejected", "reason", "unconfigured");
        this.badSignature = meters.counter("hotline.webhook.rejected", "reason", "signature");
        this.malformed = meters.counter("hotline.webhook.rejected", "reason", "malformed");
        this.unavailable = meters.counter("hotline.webhook.rejected", "reason", "unavailable");
        this.duplicates = meters.counter("hotline.events.duplicate");
        this.payloads = payloads;
        this.signatures = signatures;
        this.writer = writer;
        this.workers = workers;
        this.meters = meters;
    }

    /**
     * Runs on the event loop, so a forged request costs one HMAC and no thread hop; a signed body is parsed there
     * too (large ones on the blocking executor) and its events go to the group commit, which completes the response.
     */
    @Post
    @Consumes(MediaType.ALL)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Operation(operationId = "lineWebhook", tags = "line", summary = "LINE's webhook (signed by LINE, not for other callers)",
            description = "The X-Line-Signature is checked on the raw bytes first. Each event is stored in the inbox "
                    + "before the 200 and answered once, through LINE's reply API.")
    @ApiResponse(responseCode = "200", description = "Events stored (an empty list answers LINE's Verify)")
    @ApiResponse(responseCode = "400", description = "Valid signature on a body that is not a webhook",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Missing or wrong signature; nothing stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Body over 1 MB",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "Database unavailable; LINE's redelivery brings the events back",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    CompletableFuture<HttpResponse<Map<String, Object>>> callback(
            @Header(value = "X-Line-Signature", defaultValue = "") String signature, @Nullable @Body byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (raw.length > MAX_BODY) {
            tooLarge.increment();
            return CompletableFuture.completedFuture(Problems.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "body larger than 1 MB"));
        }
        if (!signatures.configured()) {
            unconfigured.increment();
            if (unconfiguredLogEvery.tryAcquire()) {
                LOG.warn("webhook refused: LINE_CHANNEL_SECRET is not set");
            }
            return CompletableFuture.completedFuture(
                    Problems.response(HttpStatus.UNAUTHORIZED, "LINE channel secret is not configured"));
        }
        if (!signatures.valid(signature, raw)) {
            badSignature.increment();
            return CompletableFuture.completedFuture(
                    Problems.response(HttpStatus.UNAUTHORIZED, BAD_SIGNATURE));
        }
        if (raw.length <= INLINE_PARSE) {
            return accept(raw);
        }
        return CompletableFuture.supplyAsync(() -> accept(raw), blocking).thenCompose(f -> f);
    }

    /** Parses the body, then stores its events through the group commit; answers once they are stored. */
    private CompletableFuture<HttpResponse<Map<String, Object>>> accept(byte[] body) {
        // Checked once above; parsed once here, by the SDK's own object mapper, into a tree whose events are
        // stored as they came, after the SDK's model has accepted the body (what WebhookParser does).
        JsonNode events;
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || !root.path("events").isArray() || mapper.treeToValue(root, CallbackRequest.class) == null) {
                throw new IOException("not a webhook body");
            }
            events = root.path("events");
        } catch (IOException | RuntimeException e) {
            malformed.increment();
            return CompletableFuture.completedFuture(Problems.response(HttpStatus.BAD_REQUEST, "malformed webhook body"));
        }
        List<InboxEvent> received = new ArrayList<>(events.size());
        List<String> json = new ArrayList<>(events.size());
        for (JsonNode event : events) {
            String text = event.toString();
            InboxEvent e = toInboxEvent(event, text);
            meters.counter("hotline.events.received", "type", e.type()).increment();
            received.add(e);
            json.add(text);
        }
        // Every event of the body in one transaction (shared with concurrent bodies): LINE gets its 200 only once
        // all of them are stored. New ones are stored claimed by this replica and handled from memory.
        return writer.store(received).handle((stored, error) -> {
            if (error != null) {
                return unavailable(error);
            }
            unavailableLogged.set(false);
            Instant claimedAt = clock.instant();
            for (int i = 0; i < stored.length; i++) {
                if (stored[i]) {
                    workers.submitClaimed(received.get(i), json.get(i), claimedAt);
                } else {
                    duplicates.increment();
                }
            }
            return HttpResponse.ok(Map.of());
        });
    }

    /**
     * The database is unavailable and nothing of this body is stored. LINE redelivers what was not acknowledged
     * (when webhook redelivery is on), so the answer is a quick 503.
     */
    private HttpResponse<Map<String, Object>> unavailable(Throwable error) {
        unavailable.increment();
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (unavailableLogged.compareAndSet(false, true) || unavailableLogEvery.tryAcquire()) {
            LOG.error("webhook refused with 503: inbox unavailable ({})", cause.getClass().getSimpleName());
        }
        return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "temporarily unavailable")
                .header(HttpHeaders.RETRY_AFTER, "5");
    }

    private InboxEvent toInboxEvent(JsonNode event, String text) {
        String type = event.path("type").asText("unknown");
        String id = event.path("webhookEventId").asText("");
        if (id.isBlank()) {
            id = "sha256:" + sha256(text).substring(0, 40);
        }
        long timestamp = event.path("timestamp").asLong(0);
        boolean redelivery = event.path("deliveryContext").path("isRedelivery").asBoolean(false);
        String eventId = id.length() > 64 ? id.substring(0, 64) : id;
        // The raw event holds the citizen's message and LINE user id: stored encrypted, bound to its id.
        return new InboxEvent(eventId, type.length() > 40 ? type.substring(0, 40) : type,
                timestamp > 0 && timestamp < MAX_TIMESTAMP ? Instant.ofEpochMilli(timestamp) : null, redelivery,
                payloads.encrypt(text, eventId));
    }

    /** At most one permit per interval, for log lines that would otherwise repeat on every request. */
    static final class Throttle {
        private final long intervalMillis;
        private final java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();

        Throttle(long intervalMillis) {
            this.intervalMillis = intervalMillis;
        }

        boolean tryAcquire() {
            long now = System.currentTimeMillis();
            long due = next.get();
            return now >= due && next.compareAndSet(due, now + intervalMillis);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
