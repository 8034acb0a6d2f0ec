package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextDumpReaderTest {

    private final PlainTextDumpReader reader = new PlainTextDumpReader();

    private Announcement read(String relative) throws SkipReason {
        Path file = Fixtures.path(relative);
        assertThat(reader.accepts(file, Fixtures.text(file))).isTrue();
        return reader.read(file, Fixtures.text(file)).orElseThrow();
    }

    @Test
    void readsADumpWhoseFileNameHasThaiLettersAndSpaces() throws SkipReason {
        Announcement a = read("dumps/2021/06/22/ด้านสังคม _3.txt");

        assertThat(a.title()).isEqualTo("ประกันสังคมทดลองลดเงินสมทบสามเดือน ช่วยลูกจ้างและนายจ้าง");
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 6, 22));
        assertThat(a.lang()).isEqualTo("th");
        assertThat(a.sourceUrl()).isEqualTo("https://www.thaigov.go.th/news/contents/details/90001");
        assertThat(a.id()).isEqualTo(SourceIds.forUrl(a.sourceUrl()));
        assertThat(a.status()).isNull();
        assertThat(a.topics()).isEmpty();
        assertThat(a.origin()).endsWith("ด้านสังคม _3.txt");
    }

    @Test
    void bodyLosesPageChromeRulesAndTheSourceLine() throws SkipReason {
        String body = read("dumps/2021/06/22/ด้านสังคม _3.txt").body();

        assertThat(body).startsWith("วันอังคารที่ 22 มิถุนายน 2564\n22/06/2564\nประกันสังคมทดลอง");
        assertThat(body).doesNotContain("พิมพ์", "-----", "ที่มา", "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล", "  ");
        assertThat(body).endsWith("ในวันและเวลาราชการ");
    }

    @Test
    void toleratesSpacingVariantsOfTheSourceLineAndTwoDigitYears() throws SkipReason {
        Announcement a = read("dumps/2021/07/01/ข่าวสั้น ม.40");

        assertThat(a.sourceUrl()).isEqualTo("https://www.thaigov.go.th/news/contents/details/90020");
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(a.body()).doesNotContain("ที่มา");
    }

    @Test
    void withoutASourceLineTheIdComesFromThePath() throws SkipReason {
        Path file = Fixtures.path("dumps/2021/07/02/ไม่มีที่มา.txt");
        Announcement a = read("dumps/2021/07/02/ไม่มีที่มา.txt");

        assertThat(a.sourceUrl()).isNull();
        assertThat(a.id()).isEqualTo(SourceIds.forPath(file));
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 7, 2));
    }

    @Test
    void aTitleWithoutBodyIsSkipped() {
        Path file = Fixtures.path("dumps/2021/07/03/หัวข้ออย่างเดียว.txt");
        assertThatThrownBy(() -> reader.read(file, Fixtures.text(file)))
                .isInstanceOfSatisfying(SkipReason.class, e -> assertThat(e.kind()).isEqualTo(SkipReason.Kind.NO_BODY));
    }

    @Test
    void aSourceLineThatIsNotAUrlIsPartOfTheBody() throws SkipReason {
        String text = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ตารางทดสอบ\n\nวันจันทร์ที่ 3 มกราคม 2565\nตัวเลขสมมุติ 12 รายการ\n"
                + "ที่มา : สำนักงานสมมุติ\n";
        Announcement a = reader.read(Path.of("x.txt"), text).orElseThrow();

        assertThat(a.sourceUrl()).isNull();
        assertThat(a.body()).endsWith("ที่มา : สำนักงานสมมุติ");
    }

    @Test
    void takesTheDateFromANumericDateLine() throws SkipReason {
        String text = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อ\n\n30/07/2568\nเนื้อหาสมมุติ\n\nที่มา : https://example.org/1\n";

        assertThat(reader.read(Path.of("x.txt"), text).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 7, 30));
    }

    @Test
    void recognisesDumpsByTheirPrefixOrSourceLineOnly() {
        Path txt = Path.of("a.txt");
        assertThat(reader.accepts(txt, "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อ\n\nเนื้อหา")).isTrue();
        assertThat(reader.accepts(txt, "หัวข้อ\n\nเนื้อหา\n\nที่มา : https://example.org/1\n\n")).isTrue();
        assertThat(reader.accepts(txt, "Skip to main content\n\nTitle\n\nBody")).isFalse();
        assertThat(reader.accepts(Path.of("a.md"), "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อ\n\nเนื้อหา")).isFalse();
    }
}
