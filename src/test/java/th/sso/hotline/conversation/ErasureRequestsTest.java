package th.sso.hotline.conversation;

import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.TextMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import th.sso.hotline.dialogue.Reply;
import th.sso.hotline.nlu.Language;
import th.sso.hotline.text.TextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

class ErasureRequestsTest {

    private final ErasureRequests requests = new ErasureRequests(new TextNormalizer());

    @ParameterizedTest
    @ValueSource(strings = {"ลบข้อมูลของฉัน", "ลบข้อมูลของฉันด้วยค่ะ", "ขอลบข้อมูลของผมครับ", "ช่วยลบข้อมูลของหนูหน่อย",
        "ลบข้อมูลทั้งหมดของฉัน", "ลบข้อมูลส่วนตัว", "ลบ ข้อมูล ของ ฉัน !!", "ขอให้ลบข้อมูลของฉันออก", "ลบประวัติการสนทนา"})
    void thaiVariants(String text) {
        assertThat(requests.recognise(text)).contains(Language.TH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete my data", "Delete my data please", "please erase my personal data", "remove my information",
        "Can you delete all my data?", "I want you to delete my chat history", "forget my data"})
    void englishVariants(String text) {
        assertThat(requests.recognise(text)).contains(Language.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ลบข้อมูลผู้ประกันตนที่เสียชีวิตต้องทำอย่างไร", "how do I delete my data from the SSO e-service app",
        "ตกงานได้เงินไหม", "delete", "ข้อมูลของฉัน", ""})
    void notRequests(String text) {
        assertThat(requests.recognise(text)).isEmpty();
    }

    @Test
    void confirmationOffersConfirmAndCancel() {
        Reply reply = requests.confirmation(Language.TH);
        TextMessage message = (TextMessage) reply.messages().get(0);
        assertThat(message.quickReply().items()).extracting(i -> ((PostbackAction) i.action()).data())
                .containsExactly(ErasureRequests.CONFIRM, ErasureRequests.CANCEL);
        assertThat(reply.intent()).isNull();
        assertThat(reply.fallback()).isFalse();
        assertThat(((TextMessage) requests.done(Language.EN).messages().get(0)).text()).contains("deleted");
    }
}
