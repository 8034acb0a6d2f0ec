package th.sso.hotline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostbackTest {

    @Test
    void formatsTheDataTheWebhookAndSimulatorRead() {
        assertThat(new Postback.AskIntent("sickness_benefit").format()).isEqualTo("intent=sickness_benefit");
        assertThat(Postback.Erase.CONFIRM.format()).isEqualTo("erase=confirm");
        assertThat(Postback.Erase.CANCEL.format()).isEqualTo("erase=cancel");
    }

    @ParameterizedTest
    @CsvSource({"intent=sickness_benefit", "intent=", "erase=confirm", "erase=cancel"})
    void whatIsFormattedParsesBackToItself(String data) {
        assertThat(Postback.parse(data).format()).isEqualTo(data);
    }

    @Test
    void readsEachKindOfData() {
        assertThat(Postback.parse("intent=talk_to_staff")).isEqualTo(new Postback.AskIntent("talk_to_staff"));
        assertThat(Postback.parse("erase=confirm")).isEqualTo(new Postback.Erase(true));
        // anything else under erase= is not a confirmation, so nothing is erased by an odd button
        assertThat(Postback.parse("erase=yes")).isEqualTo(new Postback.Erase(false));
        assertThat(Postback.parse("action=buy")).isEqualTo(new Postback.Unknown("action=buy"));
        assertThat(Postback.parse(null)).isEqualTo(new Postback.Unknown(null));
    }
}
