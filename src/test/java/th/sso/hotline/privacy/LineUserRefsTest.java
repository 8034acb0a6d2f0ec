package th.sso.hotline.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineUserRefsTest {

    private final LineUserRefs refs = new LineUserRefs(new PrivacyKeys(PrivacyKeysTest.props("", "", "", ""),
            PrivacyKeysTest.zeroSecrets()));

    @Test
    void roundTripsOnlyForTheSameConversation() {
        String userId = "U4af4980629a1b2c3d4e5f60718293a4b";
        String ref = refs.encrypt(userId, 42);
        assertThat(ref).startsWith("v1:").doesNotContain(userId);
        assertThat(refs.encrypt(userId, 42)).isNotEqualTo(ref);
        assertThat(refs.decrypt(ref, 42)).isEqualTo(userId);
        assertThatThrownBy(() -> refs.decrypt(ref, 43)).isInstanceOf(IllegalArgumentException.class);
        String tampered = ref.substring(0, ref.length() - 4) + (ref.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> refs.decrypt(tampered, 42)).isInstanceOf(IllegalArgumentException.class);
    }
}
