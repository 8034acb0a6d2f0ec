package th.sso.hotline.dialogue;

import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.URIAction;
import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.search.PassageHit;
import th.sso.hotline.nlu.Language;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Supporting announcements as a LINE Flex carousel (title, dated label, passage, link) with a plain-text alternative. */
@Singleton
public class SourceCards {

    private static final int SNIPPET = 280;
    private static final int TITLE = 120;

    private final SourceLabels labels;
    private final BotTexts texts;

    public SourceCards(SourceLabels labels, BotTexts texts) {
        this.labels = labels;
        this.texts = texts;
    }

    public FlexMessage cards(List<PassageHit> hits, Language lang, List<QuickReplyItem> quickReplies) {
        List<FlexBubble> bubbles = hits.stream().map(h -> bubble(h, lang)).toList();
        FlexMessage.Builder message = new FlexMessage.Builder(altText(hits, lang), new FlexCarousel.Builder(bubbles).build());
        if (!quickReplies.isEmpty()) {
            message.quickReply(new QuickReply.Builder()
                    .items(quickReplies.subList(0, Math.min(quickReplies.size(), LineLimits.MAX_QUICK_REPLIES))).build());
        }
        return message.build();
    }

    /** What a phone without Flex support, a notification, or a screen reader shows. */
    public String altText(List<PassageHit> hits, Language lang) {
        StringBuilder s = new StringBuilder(texts.get(lang, "source.cards")).append(":");
        for (PassageHit h : hits) {
            s.append("\n• ").append(h.title()).append(" (").append(labels.label(h, lang)).append(")");
        }
        return LineLimits.fit(s.toString(), LineLimits.MAX_ALT_TEXT);
    }

    private FlexBubble bubble(PassageHit hit, Language lang) {
        List<FlexComponent> body = new ArrayList<>();
        body.add(new FlexText.Builder().text(LineLimits.fit(hit.title(), TITLE)).weight(FlexText.Weight.BOLD)
                .size("sm").wrap(true).maxLines(3).build());
        body.add(new FlexText.Builder().text(nonEmpty(labels.label(hit, lang))).size("xs").color("#8a6d3b").wrap(true)
                .build());
        body.add(new FlexText.Builder().text(LineLimits.fit(hit.text().replaceAll("\\s+", " ").strip(), SNIPPET))
                .size("xs").wrap(true).color("#444444").build());
        FlexBubble.Builder bubble = new FlexBubble.Builder()
                .size(FlexBubble.Size.KILO)
                .body(new FlexBox.Builder(FlexBox.Layout.VERTICAL, body).spacing("sm").build());
        if (hit.url() != null && hit.url().startsWith("https://")) {
            FlexButton read = new FlexButton.Builder(new URIAction.Builder().label(texts.get(lang, "source.read"))
                    .uri(URI.create(hit.url())).build()).style(FlexButton.Style.LINK).height(FlexButton.Height.SM).build();
            bubble.footer(new FlexBox.Builder(FlexBox.Layout.VERTICAL, List.of(read)).build());
        }
        return bubble.build();
    }

    private static String nonEmpty(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
