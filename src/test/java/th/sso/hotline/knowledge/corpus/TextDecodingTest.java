package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecodingTest {

    private static final String THAI = "ประกันสังคมทดสอบ ม.33 จ่าย 750 บาท\n";

    @Test
    void decodesUtf8WithAndWithoutBom() throws SkipReason {
        byte[] utf8 = THAI.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(TextDecoding.decode(utf8)).isEqualTo(THAI);
        assertThat(TextDecoding.decode(withBom)).isEqualTo(THAI);
    }

    @Test
    void decodesUtf16WithBom() throws SkipReason {
        assertThat(TextDecoding.decode(THAI.getBytes(StandardCharsets.UTF_16))).isEqualTo(THAI);
    }

    @Test
    void decodesThaiLegacyEncodings() throws SkipReason {
        assertThat(TextDecoding.decode(THAI.getBytes(Charset.forName("TIS-620")))).isEqualTo(THAI);
        String quoted = "“ประกันสังคม” ทดสอบ\n";
        assertThat(TextDecoding.decode(quoted.getBytes(Charset.forName("x-windows-874")))).isEqualTo(quoted);
    }

    @Test
    void keepsAGenuineReplacementCharacter() throws SkipReason {
        String text = "ข้อความที่มี \uFFFD อยู่แล้ว";
        assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void refusesWhatIsNotText() {
        assertKind(new byte[0], SkipReason.Kind.EMPTY);
        assertKind(" \r\n\t".getBytes(StandardCharsets.US_ASCII), SkipReason.Kind.EMPTY);
        assertKind(new byte[] {'a', 0, 'b'}, SkipReason.Kind.BINARY);
        assertKind("\u0001\u0002\u0003 abc".getBytes(StandardCharsets.US_ASCII), SkipReason.Kind.BINARY);
        assertKind("na\u00efve caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), SkipReason.Kind.UNDECODABLE);
        assertKind(new byte[] {(byte) 0xFF, (byte) 0xFF, 'x', (byte) 0xFC}, SkipReason.Kind.UNDECODABLE);
    }

    private static void assertKind(byte[] bytes, SkipReason.Kind kind) {
        assertThatThrownBy(() -> TextDecoding.decode(bytes))
                .isInstanceOfSatisfying(SkipReason.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
