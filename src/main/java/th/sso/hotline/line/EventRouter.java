package th.sso.hotline.line;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.Mentionee;
import com.linecorp.bot.webhook.model.MessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.Source;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserMentionee;
import com.linecorp.bot.webhook.model.UserSource;
import jakarta.inject.Singleton;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatOutcome;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.dialogue.Postback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * One small rule per event type: text goes to the assistant, a quick-reply postback is the question it
 * stands for, a new follower is welcomed, media gets a friendly request for text; in groups and rooms the
 * bot speaks only when mentioned. Anything else is recorded and needs no reply.
 */
@Singleton
public class EventRouter {

    private final ChatService chat;
    private final LoadingIndicator loading;

    public EventRouter(ChatService chat, LoadingIndicator loading) {
        this.chat = chat;
        this.loading = loading;
    }

    public Optional<Routed> route(Event event, String eventId, Instant deadline) {
        Exchange exchange = new Exchange(Channel.LINE, conversationKey(event.source()), eventId);
        if (event instanceof MessageEvent m) {
            return message(m, exchange, deadline);
        }
        if (event instanceof PostbackEvent p) {
            Postback data = Postback.parse(p.postback() == null ? null : p.postback().data());
            if (data instanceof Postback.AskIntent ask) {
                return Optional.of(routed(chat.choose(exchange, ask.intent(), "[choice] " + ask.intent()),
                        p.replyToken(), event));
            }
            if (data instanceof Postback.Erase erase) {
                return Optional.of(routed(chat.erase(exchange, erase.confirmed()), p.replyToken(), event));
            }
            chat.note(exchange, "postback", "[postback] unknown data");
            return Optional.empty();
        }
        if (event instanceof FollowEvent f) {
            return Optional.of(routed(chat.welcome(exchange), f.replyToken(), event));
        }
        if (event instanceof UnfollowEvent) {
            chat.note(exchange, "unfollow", "[unfollow]");
            return Optional.empty();
        }
        chat.note(exchange, "system", "[event] " + eventType(event));
        return Optional.empty();
    }

    private Optional<Routed> message(MessageEvent m, Exchange exchange, Instant deadline) {
        MessageContent content = m.message();
        boolean direct = m.source() instanceof UserSource;
        if (content instanceof TextMessageContent text) {
            String question = text.text() == null ? "" : text.text();
            if (!direct) {
                if (!mentionsBot(text)) {
                    return Optional.empty();
                }
                question = withoutMentions(text);
            }
            ScheduledFuture<?> indicator = direct ? loading.showAfterDelay(m.source().userId(), deadline) : null;
            try {
                ChatOutcome outcome = chat.ask(exchange, question, Optional.empty());
                return Optional.of(routed(outcome, m.replyToken(), m));
            } finally {
                if (indicator != null) {
                    indicator.cancel(false);
                }
            }
        }
        if (!direct) {
            return Optional.empty();
        }
        String kind = content == null ? "unknown" : content.getClass().getSimpleName()
                .replace("MessageContent", "").toLowerCase(Locale.ROOT);
        return Optional.of(routed(chat.nonText(exchange, kind), m.replyToken(), m));
    }

    private static Routed routed(ChatOutcome outcome, String replyToken, Event event) {
        Source source = event.source();
        String pushTo = source instanceof UserSource u ? u.userId()
                : source instanceof GroupSource g ? g.groupId()
                : source instanceof RoomSource r ? r.roomId() : null;
        return new Routed(outcome, replyToken, pushTo);
    }

    private static boolean mentionsBot(TextMessageContent text) {
        return text.mention() != null && text.mention().mentionees() != null
                && text.mention().mentionees().stream()
                .anyMatch(m -> m instanceof UserMentionee u && Boolean.TRUE.equals(u.isSelf()));
    }

    /** The message without the "@bot" mention itself, which carries no question. */
    private static String withoutMentions(TextMessageContent text) {
        StringBuilder s = new StringBuilder(text.text());
        List<Mentionee> mentions = new ArrayList<>(text.mention().mentionees());
        // from the end, so deleting one mention leaves the offsets of those before it valid; LINE may omit an index
        mentions.sort(Comparator.comparing(Mentionee::index, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
                .reversed());
        for (Mentionee m : mentions) {
            if (m.index() != null && m.length() != null && m.index() + m.length() <= s.length()) {
                s.delete(m.index(), m.index() + m.length());
            }
        }
        return s.toString().trim();
    }

    /** Conversations are per user in 1:1 chats, per group or room elsewhere. */
    private static String conversationKey(Source source) {
        if (source instanceof GroupSource g) {
            return "group:" + g.groupId();
        }
        if (source instanceof RoomSource r) {
            return "room:" + r.roomId();
        }
        return source == null || source.userId() == null ? "unknown" : source.userId();
    }

    private static String eventType(Event event) {
        return event instanceof com.linecorp.bot.webhook.model.UnknownEvent u ? u.type()
                : event.getClass().getSimpleName();
    }
}
