package th.sso.hotline.dialogue;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;
import jakarta.inject.Singleton;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.Language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the LINE messages of a reply within the Messaging API's limits. */
@Singleton
public class ReplyComposer {

    private final IntentCatalog catalog;
    private final BotTexts texts;

    public ReplyComposer(IntentCatalog catalog, BotTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    public TextMessage text(String body, List<QuickReplyItem> quickReplies) {
        TextMessage.Builder b = new TextMessage.Builder(LineLimits.fit(body, LineLimits.MAX_TEXT));
        if (!quickReplies.isEmpty()) {
            b.quickReply(new QuickReply.Builder()
                    .items(quickReplies.subList(0, Math.min(quickReplies.size(), LineLimits.MAX_QUICK_REPLIES)))
                    .build());
        }
        return b.build();
    }

    /** Quick replies for an answer: its own follow-ups, then the way to a person. */
    public List<QuickReplyItem> followUps(IntentDefinition intent, Language lang) {
        Set<String> ids = new LinkedHashSet<>();
        for (IntentDefinition.QuickReplySpec spec : intent.quickReplies()) {
            if (spec.intent() != null && catalog.contains(spec.intent())) {
                ids.add(spec.intent());
            }
        }
        ids.remove(intent.id());
        // The way to a person is added once, last, whatever the intent file lists.
        ids.remove(IntentCatalog.TALK_TO_STAFF);
        List<QuickReplyItem> items = new ArrayList<>();
        Set<String> labels = new java.util.HashSet<>();
        for (String id : ids) {
            QuickReplyItem item = askAbout(catalog.get(id), lang);
            if (items.size() < 4 && labels.add(labelOf(item))) {
                items.add(item);
            }
        }
        if (!intent.id().equals(IntentCatalog.TALK_TO_STAFF)) {
            QuickReplyItem staff = staff(lang);
            if (labels.add(labelOf(staff))) {
                items.add(staff);
            }
        }
        return items;
    }

    private static String labelOf(QuickReplyItem item) {
        return item.action() instanceof PostbackAction p ? p.label() : String.valueOf(item.action());
    }

    /** The topic menu (welcome, help, fallback), with the way to a person last. */
    public List<QuickReplyItem> menu(Language lang, List<String> first) {
        Set<String> ids = new LinkedHashSet<>(first);
        ids.addAll(catalog.menu());
        List<QuickReplyItem> items = new ArrayList<>();
        QuickReplyItem staff = staff(lang);
        Set<String> labels = new java.util.HashSet<>(Set.of(labelOf(staff)));
        for (String id : ids) {
            if (items.size() == LineLimits.MAX_QUICK_REPLIES - 1) {
                break;
            }
            catalog.find(id).filter(i -> !i.id().equals(IntentCatalog.TALK_TO_STAFF))
                    .map(i -> askAbout(i, lang))
                    .filter(item -> labels.add(labelOf(item)))
                    .ifPresent(items::add);
        }
        items.add(staff);
        return items;
    }

    public QuickReplyItem staff(Language lang) {
        return catalog.find(IntentCatalog.TALK_TO_STAFF)
                .map(i -> postback(texts.get(lang, "quick.staff"), i.id()))
                .orElseGet(() -> postback(texts.get(lang, "quick.staff"), IntentCatalog.TALK_TO_STAFF));
    }

    public QuickReplyItem askAbout(IntentDefinition intent, Language lang) {
        String label = intent.title() == null ? intent.id() : intent.title().in(lang);
        return postback(label, intent.id());
    }

    private static QuickReplyItem postback(String label, String intentId) {
        String fitted = LineLimits.fit(label, LineLimits.MAX_LABEL);
        return new QuickReplyItem(new PostbackAction.Builder()
                .label(fitted)
                .data(new Postback.AskIntent(intentId).format())
                .displayText(fitted)
                .build());
    }

    public static List<Message> atMost(List<Message> messages) {
        return messages.size() <= LineLimits.MAX_MESSAGES ? messages : messages.subList(0, LineLimits.MAX_MESSAGES);
    }
}
