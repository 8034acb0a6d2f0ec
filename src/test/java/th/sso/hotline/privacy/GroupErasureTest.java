package th.sso.hotline.privacy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.sso.hotline.conversation.Channel;
import th.sso.hotline.conversation.ChatOutcome;
import th.sso.hotline.conversation.ChatService;
import th.sso.hotline.conversation.Exchange;
import th.sso.hotline.staff.StaffTestProperties;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** In a group or room, one member asking to delete "my data" must not erase everybody's conversation. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupErasureTest implements TestPropertyProvider {

    @Inject ChatService chat;
    @Inject UserKeys userKeys;
    @Inject Jdbi jdbi;

    @Override
    public Map<String, String> getProperties() {
        return StaffTestProperties.h2();
    }

    @Test
    void aMemberCannotEraseTheGroupsHistory() {
        for (String kind : new String[] {"group:", "room:"}) {
            String chatId = kind + "C" + UUID.randomUUID().toString().replace("-", "");
            chat.ask(new Exchange(Channel.LINE, chatId, UUID.randomUUID().toString()), "ตกงานได้เงินไหม", Optional.empty());
            long before = turns(chatId);
            assertThat(before).isPositive();

            ChatOutcome asked = chat.ask(new Exchange(Channel.LINE, chatId, UUID.randomUUID().toString()),
                    "ลบข้อมูลของฉัน", Optional.empty());
            String reply = asked.reply().messages().toString();
            assertThat(reply).doesNotContain("erase=confirm").contains("1506");

            // Even an old confirm button tapped by a member erases nothing.
            ChatOutcome confirmed = chat.erase(new Exchange(Channel.LINE, chatId, UUID.randomUUID().toString()), true);
            assertThat(confirmed.reply().messages().toString()).contains("1506");
            assertThat(turns(chatId)).isGreaterThan(before);
        }
    }

    @Test
    void aOneToOneChatIsStillErasedOnConfirmation() {
        String user = "U" + UUID.randomUUID().toString().replace("-", "");
        chat.ask(new Exchange(Channel.LINE, user, UUID.randomUUID().toString()), "ตกงานได้เงินไหม", Optional.empty());
        assertThat(turns(user)).isPositive();
        chat.erase(new Exchange(Channel.LINE, user, UUID.randomUUID().toString()), true);
        assertThat(turns(user)).isZero();
    }

    private long turns(String externalId) {
        String key = userKeys.keyFor(Channel.LINE.code(), externalId);
        return jdbi.withHandle(h -> h.createQuery(
                "select count(*) from turn t join conversation c on c.id = t.conversation_id where c.user_key = :k")
                .bind("k", key).mapTo(Long.class).one());
    }
}
