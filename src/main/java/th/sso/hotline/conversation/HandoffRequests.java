package th.sso.hotline.conversation;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;
import jakarta.inject.Singleton;
import th.sso.hotline.dialogue.LineLimits;
import th.sso.hotline.dialogue.Reply;
import th.sso.hotline.privacy.LineUserRefs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A citizen asked for a person: the conversation joins the staff queue with a short summary of what they
 * asked, their LINE user id is kept (encrypted) while the handoff is open so an agent can push a reply, and
 * outside office hours they are told when staff will answer and given the hotline.
 */
@Singleton
public class HandoffRequests {

    private static final int SUMMARY_QUESTIONS = 5;

    private final HandoffRepository handoffs;
    private final TurnRepository turns;
    private final LineUserRefs refs;
    private final OfficeHours hours;
    private final HandoffTexts texts;

    private final Clock clock;

    public HandoffRequests(HandoffRepository handoffs, TurnRepository turns, LineUserRefs refs, OfficeHours hours,
                           HandoffTexts texts, Clock clock) {
        this.clock = clock;
        this.handoffs = handoffs;
        this.turns = turns;
        this.refs = refs;
        this.hours = hours;
        this.texts = texts;
    }

    /** Queues the conversation and returns the reply, with the office-hours notice added when closed. */
    public Reply requested(long conversationId, Exchange exchange, String question, Reply reply) {
        String ref = exchange.channel() == Channel.LINE && exchange.externalUserId() != null
                ? refs.encrypt(exchange.externalUserId(), conversationId) : null;
        Instant now = clock.instant();
        handoffs.queue(conversationId, summary(conversationId, question), ref, now);
        if (hours.isOpen(now)) {
            return reply;
        }
        List<Message> messages = new ArrayList<>(reply.messages());
        if (messages.size() < LineLimits.MAX_MESSAGES) {
            messages.add(new TextMessage.Builder(texts.closedNotice(reply.lang(), hours.nextOpening(now))).build());
        }
        return new Reply(reply.intent(), reply.confidence(), reply.fallback(), reply.handoff(), reply.lang(), messages,
                reply.citations(), reply.explanation());
    }

    private String summary(long conversationId, String question) {
        List<String> asked = new ArrayList<>(turns.recentQuestions(conversationId, SUMMARY_QUESTIONS));
        Collections.reverse(asked);
        if (question != null && !question.isBlank()) {
            asked.add(question);
        }
        StringBuilder s = new StringBuilder();
        for (String q : asked.subList(Math.max(0, asked.size() - SUMMARY_QUESTIONS), asked.size())) {
            s.append("• ").append(LineLimits.fit(q.replace('\n', ' '), 300)).append('\n');
        }
        return LineLimits.fit(s.toString().strip(), 2000);
    }
}
