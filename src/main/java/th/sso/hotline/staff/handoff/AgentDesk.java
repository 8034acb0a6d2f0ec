package th.sso.hotline.staff.handoff;

import com.linecorp.bot.messaging.model.TextMessage;
import jakarta.inject.Singleton;
import th.sso.hotline.conversation.Conversation;
import th.sso.hotline.conversation.ConversationRepository;
import th.sso.hotline.conversation.HandoffState;
import th.sso.hotline.conversation.Turn;
import th.sso.hotline.conversation.TurnRepository;
import th.sso.hotline.dialogue.BotTexts;
import th.sso.hotline.dialogue.LineLimits;
import th.sso.hotline.conversation.Delivery;
import th.sso.hotline.line.DeliveryResult;
import th.sso.hotline.line.ReplySender;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.privacy.LineUserRefs;
import th.sso.hotline.privacy.PiiMasker;
import th.sso.hotline.audit.AuditLog;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import th.sso.hotline.conversation.HandoffRepository;

/**
 * What an agent does with a chat: take it over (the bot goes silent), reply (pushed through LINE with a
 * retry key, recorded as an agent turn), release it back to the bot, or dismiss a chat nobody can answer by push
 * (API and simulator). The citizen is told in their language when an agent takes the chat and when it goes back
 * to the bot (a system turn records what was pushed). Every step is audited.
 */
@Singleton
public class AgentDesk {

    public enum Outcome { DONE, NOT_FOUND, HELD_BY_OTHER, NOT_HELD, EMPTY, DELIVERY_FAILED, CONFIRM_RELEASE, HAS_PUSH }

    private final ConversationRepository conversations;
    private final HandoffRepository handoffs;
    private final TurnRepository turns;
    private final ReplySender sender;
    private final LineUserRefs refs;
    private final PiiMasker masker;
    private final AuditLog audit;
    private final BotTexts texts;

    private final Clock clock;

    public AgentDesk(ConversationRepository conversations, HandoffRepository handoffs, TurnRepository turns,
                     ReplySender sender, LineUserRefs refs, PiiMasker masker, AuditLog audit, BotTexts texts,
                     Clock clock) {
        this.texts = texts;
        this.clock = clock;
        this.conversations = conversations;
        this.handoffs = handoffs;
        this.turns = turns;
        this.sender = sender;
        this.refs = refs;
        this.masker = masker;
        this.audit = audit;
    }

    public Outcome take(long conversationId, String agent) {
        Conversation conv = conversations.find(conversationId).orElse(null);
        if (conv == null) {
            return Outcome.NOT_FOUND;
        }
        if (!handoffs.take(conversationId, agent, clock.instant())) {
            return Outcome.HELD_BY_OTHER;
        }
        if (conv.handoffState() != HandoffState.AGENT || !agent.equals(conv.handoffAgent())) {
            tell(conv, "handoff.taken", agent);
        }
        audit.record(agent, "handoff.take", "conversation:" + conversationId, null);
        return Outcome.DONE;
    }

    /** Takes a chat off the queue without a reply: only for chats no reply can reach (API, simulator). */
    public Outcome dismiss(long conversationId, String agent) {
        if (conversations.find(conversationId).isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (handoffs.lineUserRef(conversationId).isPresent()) {
            return Outcome.HAS_PUSH;
        }
        if (!handoffs.release(conversationId)) {
            return Outcome.NOT_HELD;
        }
        audit.record(agent, "handoff.dismiss", "conversation:" + conversationId, null);
        return Outcome.DONE;
    }

    /** Sends the agent's message to the citizen; only the agent holding the chat may. */
    public Outcome reply(long conversationId, String agent, String text) {
        if (text == null || text.isBlank()) {
            return Outcome.EMPTY;
        }
        Conversation conv = conversations.find(conversationId).orElse(null);
        if (conv == null) {
            return Outcome.NOT_FOUND;
        }
        if (conv.handoffState() != HandoffState.AGENT || !agent.equals(conv.handoffAgent())) {
            return Outcome.NOT_HELD;
        }
        String body = LineLimits.fit(text.strip(), LineLimits.MAX_TEXT);
        // Masked before anything is sent, so whatever the text, a message that reaches the citizen has its turn.
        String masked = masker.mask(body);
        Pushed pushed = deliver(conv, body);
        turns.insert(Turn.agentReply(conv.id(), clock.instant(), conv.channel(), masked, conv.lang(), pushed.delivery(),
                pushed.error(), agent));
        audit.record(agent, "handoff.reply", "conversation:" + conversationId, "delivery=" + pushed.delivery().code());
        return pushed.delivery() == Delivery.FAILED ? Outcome.DELIVERY_FAILED : Outcome.DONE;
    }

    /** Back to the bot, by the system (idle and queue timeouts). */
    public Outcome release(long conversationId, String actor, String why) {
        // The LINE reference goes with the release, so the citizen is told before it.
        Conversation conv = conversations.find(conversationId).orElse(null);
        if (conv == null || conv.handoffState() == HandoffState.BOT) {
            return Outcome.NOT_HELD;
        }
        tell(conv, "handoff.released", actor);
        if (!handoffs.release(conversationId)) {
            return Outcome.NOT_HELD;
        }
        audit.record(actor, "handoff.release", "conversation:" + conversationId, why);
        return Outcome.DONE;
    }

    /**
     * Pushes the bot's short notice ({@code key} in the bot bundle, in the chat's language) and keeps it as a
     * system turn; a chat without LINE has nobody to tell.
     */
    private void tell(Conversation conv, String key, String actor) {
        if (handoffs.lineUserRef(conv.id()).isEmpty()) {
            return;
        }
        Language lang = Language.fromCode(conv.lang());
        String text = texts.get(lang == null ? Language.TH : lang, key);
        Pushed pushed = deliver(conv, text);
        turns.insert(Turn.systemNotice(conv.id(), clock.instant(), conv.channel(), text, conv.lang(), pushed.delivery(),
                pushed.error(), actor));
    }

    /**
     * Back to the bot, by an agent. A chat another agent holds is released only with {@code confirmed} (the agent
     * ticked that they take it from the colleague); the audit names the colleague it was taken from.
     */
    public Outcome releaseByAgent(long conversationId, String agent, boolean confirmed) {
        Conversation conv = conversations.find(conversationId).orElse(null);
        if (conv == null) {
            return Outcome.NOT_FOUND;
        }
        String holder = conv.handoffState() == HandoffState.AGENT ? conv.handoffAgent() : null;
        boolean someoneElses = holder != null && !holder.equals(agent);
        if (someoneElses && !confirmed) {
            return Outcome.CONFIRM_RELEASE;
        }
        return release(conversationId, agent,
                someoneElses ? "released by agent from " + holder + " (confirmed)" : "released by agent");
    }

    /** How a push reached the person, as the turn records it, with LINE's reason when it did not. */
    private record Pushed(Delivery delivery, String error) {
    }

    /**
     * Pushed to LINE; {@link Delivery#NONE} when the chat is not a LINE chat (simulator or API) and is shown in the
     * transcript only.
     */
    private Pushed deliver(Conversation conv, String body) {
        String ref = handoffs.lineUserRef(conv.id()).orElse(null);
        if (ref == null) {
            return new Pushed(Delivery.NONE, null);
        }
        String to = pushTarget(refs.decrypt(ref, conv.id()));
        DeliveryResult result = sender.push(to, List.of(new TextMessage.Builder(body).build()), UUID.randomUUID());
        return new Pushed(result.status().stored(), result.error());
    }

    /** Conversations in groups and rooms are keyed "group:&lt;id&gt;" / "room:&lt;id&gt;"; LINE wants the bare id. */
    static String pushTarget(String externalUserId) {
        int colon = externalUserId.indexOf(':');
        return colon < 0 ? externalUserId : externalUserId.substring(colon + 1);
    }
}
