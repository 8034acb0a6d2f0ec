package th.sso.hotline.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ได้มั้ยยยย|ได้มั้ย",
        "โทร ๑๕๐๖|โทร 1506",
        "ว่าง\u200Bงาน|ว่างงาน",
        "ประกัน\u00A0สังคม|ประกัน สังคม",
        "HELLOOOO  Sso|helloo sso",
        "ท\u0E4D\u0E32ฟัน|ทำฟัน",
        "น\u0E4D\u0E49\u0E32|น้ำ",
        "Ｓｅｃｔｉｏｎ　４０|section 40",
        "จริงๆ เหรอ???|จริง เหรอ?",
        "ค่ะะะ|ค่ะ",
        "ต\u0E49\u0E31งครรภ์|ตั้งครรภ์",
        "ย\u0E48\u0E37นเรื่อง|ยื่นเรื่อง",
        "ผ\u0E49\u0E39ประกันตน|ผู้ประกันตน",
        "ย\u0E48\u0E37\u0E48น|ยื่น",
    })
    void foldsTheWayPeopleTypeIntoOneForm(String raw, String expected) {
        assertThat(normalizer.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "'   '", "'\u200B\u200C'"})
    void emptyInputGivesEmptyOutput(String raw) {
        assertThat(normalizer.normalize(raw)).isEmpty();
    }
}
