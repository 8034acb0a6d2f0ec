package th.sso.hotline.dialogue;

import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import org.junit.jupiter.api.Test;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentFiles;
import th.sso.hotline.nlu.Language;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyComposerTest {

    private final IntentCatalog catalog = new IntentCatalog(IntentFiles.readIntents(Path.of("intents")));
    private final ReplyComposer composer = new ReplyComposer(catalog, new BotTexts());

    private static List<String> labels(List<QuickReplyItem> items) {
        return items.stream().map(i -> ((PostbackAction) i.action()).label()).toList();
    }

    @Test
    void everyIntentOffersEachQuickReplyOnceAndThePersonOnceLast() {
        for (var intent : catalog.all()) {
            for (Language lang : Language.values()) {
                List<String> labels = labels(composer.followUps(intent, lang));
                assertThat(labels).as(intent.id() + " " + lang).doesNotHaveDuplicates();
                if (!intent.id().equals(IntentCatalog.TALK_TO_STAFF)) {
                    assertThat(labels).as(intent.id()).endsWith(new BotTexts().get(lang, "quick.staff"))
                            .filteredOn(l -> l.equals(new BotTexts().get(lang, "quick.staff"))).hasSize(1);
                }
            }
        }
    }

    @Test
    void theGreetingThatListsTalkToStaffShowsItOnce() {
        List<String> labels = labels(composer.followUps(catalog.get(IntentCatalog.GREETING), Language.TH));
        assertThat(labels).filteredOn("คุยกับเจ้าหน้าที่"::equals).hasSize(1);
        assertThat(labels(composer.menu(Language.TH, List.of(IntentCatalog.TALK_TO_STAFF, "unemployment"))))
                .doesNotHaveDuplicates().filteredOn("คุยกับเจ้าหน้าที่"::equals).hasSize(1);
    }
}
