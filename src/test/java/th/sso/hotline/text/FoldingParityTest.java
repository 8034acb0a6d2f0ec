package th.sso.hotline.text;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import th.sso.hotline.nlu.IntentFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side (chat text through {@link TextNormalizer}, then the analyzer) and the index side (announcement
 * text straight into the analyzer, whose character filters fold it) must fold Thai the same way, or a question
 * and the passage that answers it end up as different tokens.
 */
class FoldingParityTest {

    private static final TextAnalysis ANALYSIS = new TextAnalysis(IntentFiles.readGlossary(Path.of("intents")));
    private final TextNormalizer normalizer = new TextNormalizer();

    /** Each line is typed in a way that needs folding: split sara am, tone order, digits, held keys, mai yamok. */
    @ParameterizedTest
    @ValueSource(strings = {
            "ทํางานได้เงินเท่าไหร่",               // sara am as nikhahit + sara aa
            "ทํ่างาน",                              // tone mark typed after the nikhahit
            "ท่ํางาน",                              // tone mark typed before the nikhahit
            "ม.๓๓ จ่ายเดือนละ ๗๕๐ บาท",            // Thai digits
            "ว่างงานนนนได้เงินมั้ยยยยย",             // held-down letters
            "ที่่ไหนนะคะ",                          // a tone mark typed twice
            "เอกสารต่างๆ ที่ต้องใช้",               // mai yamok
            "ช่วยด้วยๆๆๆ",
            "HELLOOOO how much is unemployment???",
            "ว่าง\u200Bงาน ได้เงิน\uFEFFเท่าไร",    // zero-width characters
            "ＳＳＯ ม.40 ｅｎｇｌｉｓｈ",            // full-width forms
            "ลาคลอด 90 วัน ได้ 50%"})
    void normalisingFirstChangesNoToken(String raw) {
        assertThat(ANALYSIS.tokens(normalizer.normalize(raw))).isEqualTo(ANALYSIS.tokens(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ทํ่างาน ท่ํางาน ทํางาน", "๐๑๒๓๔๕๖๗๘๙", "มากกกกก ดีๆๆ ที่่", "helloooo cool", "ๆๆๆ"})
    void theCharacterFiltersFoldLikeTheStringSteps(String text) throws IOException {
        assertThat(read(ThaiFolding.fold(new StringReader(text)))).isEqualTo(ThaiFolding.fold(text));
    }

    @Test
    void bothSidesReachTheSameCanonicalForm() {
        assertThat(normalizer.normalize("ทํ่างาน ท่ํางาน")).isEqualTo("ท่ำงาน ท่ำงาน");
        assertThat(normalizer.normalize("ม.๔๐ ดีๆ ที่่ มากกกก")).isEqualTo("ม.40 ดี ที่ มาก");
        assertThat(ANALYSIS.tokens("ทํ่างาน")).isEqualTo(ANALYSIS.tokens("ท่ำงาน"));
        assertThat(ANALYSIS.tokens("ที่่ทำงาน")).isEqualTo(ANALYSIS.tokens("ที่ทำงาน"));
    }

    @AfterAll
    static void close() {
        ANALYSIS.close();
    }

    private static String read(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[256];
        for (int n; (n = r.read(buf)) > 0; ) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }
}
