package th.sso.hotline.line;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.webhook.model.Event;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.sso.hotline.conversation.ChatOutcome;
import th.sso.hotline.conversation.ChatService;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Handles one inbox event exactly once: claims it, works out the reply, sends it while the reply token is
 * valid (or records it as undelivered for staff), and records the outcome.
 */
@Singleton
public class EventProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(EventProcessor.class);

    private final String workerId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final ObjectMapper mapper = ModelObjectMapper.createNewObjectMapper();
    private final WebhookInbox inbox;
    private final EventRouter router;
    private final ReplySender sender;
    private final ChatService chat;
    private final LineProperties properties;
    private final MeterRegistry meters;

    public EventProcessor(WebhookInbox inbox, EventRouter router, ReplySender sender, ChatService chat,
                          LineProperties properties, MeterRegistry meters) {
        this.inbox = inbox;
        this.router = router;
        this.sender = sender;
        this.chat = chat;
        this.properties = properties;
        this.meters = meters;
    }

    public void process(String eventId) {
        Instant now = Instant.now();
        if (!inbox.claim(eventId, workerId, now, now.minus(properties.getClaimLease()))) {
            return;
        }
        try {
            Optional<InboxEvent> stored = inbox.load(eventId);
            if (stored.isEmpty() || stored.get().payload() == null) {
                inbox.finish(eventId, InboxStatus.FAILED, "payload missing", Instant.now());
                return;
            }
            Event event = mapper.readValue(stored.get().payload(), Event.class);
            Instant eventTime = stored.get().eventTime() != null ? stored.get().eventTime() : now;
            Instant deadline = eventTime.plus(properties.getReplyWindow());
            Optional<Routed> routed = router.route(event, eventId, deadline);
            if (routed.isEmpty()) {
                inbox.finish(eventId, InboxStatus.IGNORED, "no reply needed: " + stored.get().type(), Instant.now());
                return;
            }
            deliver(eventId, routed.get(), eventTime, deadline);
        } catch (Exception e) {
            LOG.error("event {} failed: {}", eventId, e.toString());
            meters.counter("hotline.events.failed").increment();
            inbox.finish(eventId, InboxStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(), Instant.now());
        }
    }

    private void deliver(String eventId, Routed routed, Instant eventTime, Instant deadline) {
        ChatOutcome outcome = routed.outcome();
        if (outcome.reply() == null) {
            inbox.finish(eventId, InboxStatus.DONE, "held for agent", Instant.now());
            return;
        }
        DeliveryResult result;
        if (Instant.now().isBefore(deadline)) {
            result = sender.reply(routed.replyToken(), outcome.reply().messages(), deadline);
        } else if (properties.isPushWhenExpired() && routed.pushTo() != null) {
            result = sender.push(routed.pushTo(), outcome.reply().messages(), UUID.nameUUIDFromBytes(eventId.getBytes()));
        } else {
            result = DeliveryResult.undelivered("reply token expired before the answer was ready");
        }
        chat.markDelivery(outcome.turnId(), result.status(), result.error());
        switch (result.status()) {
            case DeliveryResult.SENT -> {
                meters.counter("hotline.events.answered").increment();
                meters.timer("hotline.reply.latency").record(Duration.between(eventTime, Instant.now()));
                inbox.finish(eventId, InboxStatus.DONE, null, Instant.now());
            }
            case DeliveryResult.UNDELIVERED -> {
                meters.counter("hotline.events.undelivered").increment();
                inbox.finish(eventId, InboxStatus.UNDELIVERED, result.error(), Instant.now());
            }
            default -> {
                meters.counter("hotline.events.failed").increment();
                inbox.finish(eventId, InboxStatus.FAILED, result.error(), Instant.now());
            }
        }
    }
}
