package th.sso.hotline.conversation;

import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.TextMessage;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import th.sso.hotline.dialogue.DialogueEngine;
import th.sso.hotline.dialogue.Inquiry;
import th.sso.hotline.dialogue.Decision;
import th.sso.hotline.dialogue.MessageJson;
import th.sso.hotline.dialogue.Reply;
import th.sso.hotline.dialogue.SlotMemory;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.privacy.Erasure;
import th.sso.hotline.privacy.PiiMasker;
import th.sso.hotline.privacy.PrivacyProperties;
import th.sso.hotline.privacy.UserKeys;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every channel's way into the assistant: masks personal data, finds the conversation and its context,
 * asks the dialogue engine, and records the turn for staff. The bot stays silent while an agent holds the chat.
 */
@Singleton
public class ChatService {

    private static final int MAX_QUESTION = 4000;

    private final DialogueEngine engine;
    private final ConversationRepository conversations;
    private final TurnRepository turns;
    private final PiiMasker masker;
    private final UserKeys userKeys;
    private final MessageJson json;
    private final ConversationProperties properties;
    private final MeterRegistry meters;
    private final ErasureRequests erasureRequests;
    private final Erasure erasure;
    private final HandoffRequests handoffs;
    private final IntentCatalog catalog;

    private final PrivacyProperties privacy;
    private final Clock clock;

    public ChatService(DialogueEngine engine, ConversationRepository conversations, TurnRepository turns,
                       PiiMasker masker, UserKeys userKeys, MessageJson json, ConversationProperties properties,
                       MeterRegistry meters, ErasureRequests erasureRequests, Erasure erasure,
                       HandoffRequests handoffs, IntentCatalog catalog, PrivacyProperties privacy, Clock clock) {
        this.clock = clock;
        this.privacy = privacy;
        this.engine = engine;
        this.conversations = conversations;
        this.turns = turns;
        this.masker = masker;
        this.userKeys = userKeys;
        this.json = json;
        this.properties = properties;
        this.meters = meters;
        this.erasureRequests = erasureRequests;
        this.erasure = erasure;
        this.handoffs = handoffs;
        this.catalog = catalog;
    }

    /** A typed question. */
    public ChatOutcome ask(Exchange exchange, String rawText, Optional<Language> langHint) {
        String text = storable(rawText);
        String masked = cap(masker.mask(text));
        Optional<Language> erase = erasureRequests.recognise(text);
        if (erase.isPresent()) {
            // PDPA: a request to erase is answered (with a confirmation step) before and instead of the
            // dialogue engine, even while an agent holds the chat. A group's conversation is not one member's to erase.
            if (shared(exchange)) {
                return run(exchange, "text", masked, true, conv -> erasureRequests.refusedInGroup(erase.get()));
            }
            return run(exchange, "text", masked, true, conv -> erasureRequests.confirmation(erase.get()));
        }
        return run(exchange, "text", masked, false, conv -> {
            Optional<String> topic = Optional.ofNullable(conv.topicIntent())
                    .filter(t -> conv.topicAt() != null
                            && conv.topicAt().plus(properties.getTopicTtl()).isAfter(clock.instant()));
            // Facts given for a calculation, remembered for privacy's memory TTL (then ignored, and swept away).
            SlotMemory memory = conv.memoryAt() != null
                    && conv.memoryAt().plus(privacy.getMemoryTtl()).isAfter(clock.instant())
                    ? SlotMemory.decode(conv.memory()) : SlotMemory.NONE;
            return engine.answer(new Inquiry(masked, langHint, topic, memory));
        });
    }

    /** A choice from a quick reply or menu. */
    public ChatOutcome choose(Exchange exchange, String intentId, String label) {
        return run(exchange, "postback", cap(masker.mask(storable(label))), false,
                conv -> engine.answerIntent(intentId, languageOf(conv)));
    }

    /**
     * The citizen's answer to the erasure confirmation. On confirm everything under their key in this channel
     * is deleted (audited without the data) and nothing new is recorded; the returned turn id is 0.
     */
    public ChatOutcome erase(Exchange exchange, boolean confirmed) {
        Conversation conv = conversations.findOrCreate(key(exchange), exchange.channel(), clock.instant());
        Language lang = languageOf(conv);
        if (!confirmed) {
            return run(exchange, "postback", "[erasure cancelled]", true, c -> erasureRequests.cancelled(lang));
        }
        if (shared(exchange)) {
            // Any member could tap an old confirm button: a group's history is never erased by one of them.
            return run(exchange, "postback", "[erasure refused in group]", true, c -> erasureRequests.refusedInGroup(lang));
        }
        erasure.byCitizen(key(exchange), exchange.channel().code());
        return new ChatOutcome(0, erasureRequests.done(lang), 0);
    }

    /** A group or room chat (keyed "group:&lt;id&gt;" / "room:&lt;id&gt;"), shared by all its members. */
    private static boolean shared(Exchange exchange) {
        String id = exchange.externalUserId();
        return id != null && (id.startsWith("group:") || id.startsWith("room:"));
    }

    /** A new follower. */
    public ChatOutcome welcome(Exchange exchange) {
        return run(exchange, "follow", null, false, conv -> engine.welcome(Language.TH));
    }

    /** A sticker, image, audio, video, file or location. */
    public ChatOutcome nonText(Exchange exchange, String kind) {
        return run(exchange, "media", "[" + kind + "]", false, conv -> engine.nonText(languageOf(conv), kind));
    }

    /** Something that needs no answer (unfollow, an event type we do not handle) but belongs in the log. */
    public void note(Exchange exchange, String kind, String what) {
        Conversation conv = conversations.findOrCreate(key(exchange), exchange.channel(), clock.instant());
        turns.insert(Turn.systemEvent(conv.id(), clock.instant(), exchange.channel().code(), exchange.eventId(), kind,
                what, conv.lang()));
    }

    public void markDelivery(long turnId, Delivery delivery, String error) {
        turns.markDelivery(turnId, delivery, error);
    }

    private ChatOutcome run(Exchange exchange, String kind, String question, boolean evenWhenHeld,
                            Function<Conversation, Reply> answer) {
        long started = System.nanoTime();
        Conversation conv = conversations.findOrCreate(key(exchange), exchange.channel(), clock.instant());
        if (conv.handoffState() == HandoffState.AGENT && !evenWhenHeld) {
            long id = turns.insert(Turn.citizenMessage(conv.id(), clock.instant(), exchange.channel().code(),
                    exchange.eventId(), kind, question, conv.lang(),
                    json.write(Decision.noted(Decision.Note.HELD_BY, "agent"))));
            return new ChatOutcome(id, null, conv.id());
        }
        Reply reply = answer.apply(conv);
        if (reply.handoff()) {
            reply = handoffs.requested(conv.id(), exchange, question, reply);
        }
        int latency = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        // LINE replies are sent after the turn is written; other channels return the reply to the request itself.
        Delivery delivery = exchange.channel() == Channel.LINE ? Delivery.PENDING : Delivery.DIRECT;
        Turn.Answer stored = new Turn.Answer(replyText(reply), json.writeMessages(reply.messages()), reply.intent(),
                reply.confidence(), reply.fallback(), reply.handoff(), reply.lang().code(),
                json.write(reply.explanation()), json.write(reply.citations()));
        long turnId = turns.insert(Turn.botAnswer(conv.id(), clock.instant(), exchange.channel().code(),
                exchange.eventId(), kind, question, stored, latency, delivery));
        String topic = reply.fallback() || reply.intent() == null || !catalog.isTopic(reply.intent())
                ? null : reply.intent();
        conversations.recordTurn(conv.id(), reply.lang().code(), topic, clock.instant());
        String memory = reply.memory().encode();
        // A typed message replaces the memory (a menu choice or a sticker leaves it as it was).
        if ("text".equals(kind) && (memory != null || conv.memory() != null)) {
            conversations.remember(conv.id(), memory, clock.instant());
        }
        meters.counter("hotline.turns", "channel", exchange.channel().code(),
                "intent", reply.intent() == null ? "none" : reply.intent(),
                "fallback", String.valueOf(reply.fallback())).increment();
        return new ChatOutcome(turnId, reply, conv.id());
    }

    private String key(Exchange exchange) {
        return userKeys.keyFor(exchange.channel().code(), exchange.externalUserId());
    }

    private static Language languageOf(Conversation conv) {
        return Optional.ofNullable(Language.fromCode(conv.lang())).orElse(Language.TH);
    }

    private static String replyText(Reply reply) {
        return reply.messages().stream()
                .map(m -> m instanceof TextMessage t ? t.text()
                        : m instanceof FlexMessage f ? f.altText() : m.getClass().getSimpleName())
                .collect(Collectors.joining("\n---\n"));
    }

    /**
     * Text as every database stores it: control characters (NUL is refused by PostgreSQL) become spaces, and a
     * lone surrogate (not valid UTF-8) becomes U+FFFD.
     */
    static String storable(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c != '\n' && c != '\t' && Character.isISOControl(c)) {
                r = ' ';
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                r = '\uFFFD';
            } else if (Character.isLowSurrogate(c)) {
                r = '\uFFFD';
            }
            if (r != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(r);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String cap(String s) {
        return s == null || s.length() <= MAX_QUESTION ? s : s.substring(0, MAX_QUESTION);
    }
}
