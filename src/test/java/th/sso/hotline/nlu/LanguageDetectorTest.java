package th.sso.hotline.nlu;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import th.sso.hotline.text.TextNormalizer;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();
    private final TextNormalizer normalizer = new TextNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ว่างงานได้เงินเท่าไหร่|TH",
        "how much unemployment benefit do I get|EN",
        "how to apply ม.40|EN",
        "ขอ form ว่างงานหน่อยค่ะ|TH",
        "prakan sangkhom matra 40 samak yang ngai|TH",
        "wang ngan dai ngern tao rai|TH",
        "i lost my job what should i do|EN",
        "1506|TH",
    })
    void answersInTheLanguageOfTheQuestion(String text, Language expected) {
        assertThat(detector.detect(normalizer.normalize(text))).isEqualTo(expected);
    }
}
