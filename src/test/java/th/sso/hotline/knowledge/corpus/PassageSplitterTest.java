package th.sso.hotline.knowledge.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassageSplitterTest {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final Pattern HEADING_LINE = Pattern.compile("^(#{1,6}\\s.*|[0-9๐-๙]{1,3}\\s*[.)]\\s*เรื่อง.*)$");

    private final PassageSplitter splitter = new PassageSplitter();

    private static Announcement announcement(String lang, String body) {
        return new Announcement("id-1", "หัวข้อทดสอบ", LocalDate.of(2021, 6, 29), lang, null, List.of(), null, body,
                "test");
    }

    private static Announcement cabinetSummary() throws SkipReason {
        Path file = Fixtures.path("dumps/2021/06/29/สรุปข่าวการประชุม ครม_1.txt");
        return new PlainTextDumpReader().read(file, Fixtures.text(file)).orElseThrow();
    }

    /** What must hold for every split: exact, ordered, bounded, whole numbers, nothing lost but headings. */
    private List<Passage> splitChecked(Announcement a) {
        List<Passage> passages = splitter.split(a);
        String body = a.body();
        boolean[] covered = new boolean[body.length()];
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            assertThat(p.ordinal()).isEqualTo(i);
            assertThat(p.announcementId()).isEqualTo(a.id());
            assertThat(p.title()).isEqualTo(a.title());
            assertThat(p.date()).isEqualTo(a.date());
            assertThat(p.lang()).isEqualTo(a.lang());
            assertThat(p.text()).isNotBlank().isEqualTo(p.text().strip());
            assertThat(p.text().length()).isLessThanOrEqualTo(PassageSplitter.DEFAULT_MAX);
            assertThat(body.substring(p.startOffset(), p.startOffset() + p.text().length())).isEqualTo(p.text());
            for (int c = p.startOffset(); c < p.startOffset() + p.text().length(); c++) {
                covered[c] = true;
            }
        }
        Matcher number = NUMBER.matcher(body);
        while (number.find()) {
            int s = number.start();
            int e = number.end();
            if (covered[s]) {
                assertThat(passages.stream().anyMatch(p -> p.startOffset() <= s && e <= p.startOffset() + p.text().length()))
                        .as("number %s at %d is whole in some passage", number.group(), s).isTrue();
            }
        }
        int lineStart = 0;
        for (String line : body.split("\n", -1)) {
            for (int c = 0; c < line.length(); c++) {
                if (!covered[lineStart + c] && !Character.isWhitespace(line.charAt(c))) {
                    assertThat(line).as("only heading lines are left out of passages").matches(HEADING_LINE);
                    break;
                }
            }
            lineStart += line.length() + 1;
        }
        return passages;
    }

    @Test
    void aShortAnnouncementIsOnePassage() {
        Announcement a = announcement("th", "ประกาศสั้น ๆ สำหรับทดสอบ\nมีสองบรรทัด");

        assertThat(splitChecked(a)).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo(a.body());
            assertThat(p.startOffset()).isZero();
            assertThat(p.heading()).isNull();
        });
    }

    @Test
    void cabinetSummaryPassagesFollowItsNumberedItems() throws SkipReason {
        List<Passage> passages = splitChecked(cabinetSummary());
        String labourItem = "2. เรื่อง ร่างประกาศกระทรวงแรงงาน เรื่อง ลดอัตราเงินสมทบกองทุนประกันสังคมชั่วคราว";

        assertThat(passages).extracting(Passage::heading).containsSubsequence(
                "1. เรื่อง ร่างกฎกระทรวงว่าด้วยการเก็บขยะริมคลอง", labourItem,
                "3. เรื่อง โครงการปลูกต้นไม้ในโรงเรียนประถม",
                "๔. เรื่อง รายงานผลการจัดงานเทศกาลผลไม้ภาคตะวันออก");
        List<Passage> labour = passages.stream().filter(p -> labourItem.equals(p.heading())).toList();
        assertThat(labour).hasSizeGreaterThanOrEqualTo(2);
        assertThat(labour.get(0).text()).as("the short lead-in opens the long paragraph's first piece")
                .startsWith("คณะรัฐมนตรีมีมติเห็นชอบร่างประกาศ\u0E15\u0E32\u0E21").contains("\nสาระสำคัญของเรื่อง\nร่างประกาศนี้");
        assertThat(labour).allSatisfy(p -> assertThat(p.text()).doesNotContain("เรื่อง ร่างกฎกระทรวงว่าด้วยการเก็บขยะ",
                "ปลูกต้นไม้"));
        assertThat(labour).anySatisfy(p -> assertThat(p.text()).contains("15,000 บาท"));
    }

    @Test
    void theTableOfContentsStaysOneUnheadedPassage() throws SkipReason {
        List<Passage> passages = splitChecked(cabinetSummary());

        assertThat(passages.get(0).heading()).isNull();
        assertThat(passages).filteredOn(p -> p.heading() == null)
                .anySatisfy(p -> assertThat(p.text()).contains("1. เรื่อง ร่างกฎกระทรวงว่าด้วยการเก็บขยะริมคลอง",
                        "๔. เรื่อง รายงานผลการจัดงานเทศกาลผลไม้ภาคตะวันออก"));
    }

    @Test
    void longThaiParagraphsAreCutAtSpacesWithOverlap() throws SkipReason {
        Announcement a = cabinetSummary();
        List<Passage> pieces = splitChecked(a).stream()
                .filter(p -> p.heading() != null && p.heading().startsWith("2. "))
                .filter(p -> p.text().length() > 300)
                .toList();

        assertThat(pieces).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < pieces.size(); i++) {
            Passage prev = pieces.get(i - 1);
            Passage next = pieces.get(i);
            int prevEnd = prev.startOffset() + prev.text().length();
            assertThat(next.startOffset()).as("overlap").isLessThan(prevEnd).isGreaterThan(prevEnd - 200);
            assertThat(a.body().charAt(next.startOffset() - 1)).isEqualTo(' ');
            assertThat(a.body().charAt(prevEnd)).isEqualTo(' ');
        }
    }

    @Test
    void englishIsCutAfterASentenceButNotAfterATitle() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            body.append("Sentence ").append(i).append(" of this invented paragraph says that Mr. Test answered ")
                    .append(i * 1_000).append(",500 calls on the hotline. ");
        }
        Announcement a = announcement("en", body.toString().strip());
        List<Passage> passages = splitChecked(a);

        assertThat(passages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(passages).allSatisfy(p -> {
            assertThat(p.text()).endsWith("hotline.").startsWith("Sentence ");
            assertThat(p.text().length()).isGreaterThanOrEqualTo(PassageSplitter.DEFAULT_TARGET / 2);
        });
    }

    @Test
    void thaiWithoutSpacesIsCutAtWordBoundaries() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append("ผู้ประกันตนได้รับเงินทดแทน").append(15_000 + i).append("บาทต่อเดือน");
        }
        Announcement a = announcement("th", body.toString());
        List<Passage> passages = splitChecked(a);

        assertThat(passages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(passages).allSatisfy(p -> {
            int type = Character.getType(p.text().charAt(0));
            assertThat(type).isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
        });
    }

    @Test
    void markdownHeadingsBecomePassageHeadings() throws SkipReason {
        Path file = Fixtures.path("content/unemployment/jobless-benefit.en.md");
        Announcement a = new MarkdownContentReader().read(file, Fixtures.text(file)).orElseThrow();
        List<Passage> passages = splitChecked(a);

        assertThat(passages).extracting(Passage::heading).containsExactly(null, "Who qualifies", "How to apply");
        assertThat(passages).noneSatisfy(p -> assertThat(p.text()).contains("##"));
    }

    @Test
    void shortParagraphsArePackedAndATinyTailJoinsThePreviousPassage() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add("ย่อหน้าทดสอบที่ " + i + " มีข้อความสั้น ๆ พอให้รวมกับย่อหน้าอื่นได้");
        }
        lines.add("จบ");
        List<Passage> passages = splitChecked(announcement("th", String.join("\n", lines)));

        assertThat(passages.size()).isBetween(2, 4);
        assertThat(passages.get(passages.size() - 1).text()).endsWith("\nจบ").contains("ย่อหน้าทดสอบที่ 19");
    }

    @Test
    void aLargeSummaryGivesEveryItemItsOwnPassages() {
        StringBuilder body = new StringBuilder("วันอังคารที่ 1 มีนาคม 2565\n");
        for (int i = 1; i <= 300; i++) {
            body.append(i).append(". เรื่อง หัวข้อสมมุติลำดับที่ ").append(i).append('\n');
        }
        for (int i = 1; i <= 300; i++) {
            body.append(i).append(". เรื่อง หัวข้อสมมุติลำดับที่ ").append(i).append('\n');
            body.append("รายละเอียดของเรื่องที่ ").append(i).append(' ')
                    .append("ข้อความทดสอบยาวพอประมาณ ".repeat(30)).append('\n');
        }
        List<Passage> passages = splitChecked(announcement("th", body.toString()));

        Map<String, List<Passage>> byHeading = passages.stream().filter(p -> p.heading() != null)
                .collect(Collectors.groupingBy(Passage::heading));
        assertThat(byHeading).hasSize(300);
        assertThat(passages).filteredOn(p -> p.heading() != null).noneMatch(p -> p.text().contains(". เรื่อง"));
        for (int i = 1; i <= 300; i++) {
            String detail = "รายละเอียดของเรื่องที่ " + i + " ";
            assertThat(byHeading.get(i + ". เรื่อง หัวข้อสมมุติลำดับที่ " + i)).first()
                    .satisfies(p -> assertThat(p.text()).startsWith(detail));
        }
    }

    @Test
    void refusesSizesThatCannotWork() {
        assertThatThrownBy(() -> new PassageSplitter(600, 500, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need 0 < target <= max and 0 <= overlap < target / 2");
        assertThatThrownBy(() -> new PassageSplitter(600, 900, 300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need 0 < target <= max and 0 <= overlap < target / 2");
    }
}
