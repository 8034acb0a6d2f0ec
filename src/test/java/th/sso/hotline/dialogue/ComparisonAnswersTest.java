package th.sso.hotline.dialogue;

import org.junit.jupiter.api.Test;
import th.sso.hotline.knowledge.rules.Eligibility;
import th.sso.hotline.knowledge.rules.FigureBook;
import th.sso.hotline.nlu.Language;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComparisonAnswersTest {

    private static final Path RULES = Path.of("intents/rules");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final FigureBook figures = FigureBook.read(RULES);
    private final ComparisonAnswers answers = new ComparisonAnswers(Eligibility.read(RULES, figures), figures, new BotTexts());

    @Test
    void section33AgainstSection39ShowsEveryBenefitSideBySide() {
        String text = answers.compare(List.of(33, 39), TODAY, Language.TH);
        assertThat(text).startsWith("ม.33 กับ ม.39 ต่างกันอย่างไร")
                .contains("• ว่างงาน\n  ม.33: ✓ ถูกเลิกจ้าง 60% ของค่าจ้าง ไม่เกิน 180 วัน")
                .contains("  ม.39: ✗ ม.39 ไม่มีเงินทดแทนกรณีว่างงาน")
                .contains("ม.39: ✓ จ่ายเองเดือนละ 432 บาท")
                .doesNotContain("{fig:");
    }

    @Test
    void aComparisonOfSections39And40SaysWhoMayJoinFirst() {
        String text = answers.compare(List.of(39, 40), TODAY, Language.EN);
        assertThat(text.indexOf("• Who can join")).isPositive().isLessThan(text.indexOf("• Contributions"));
        assertThat(text).contains("S.39: ✓ only people who were in Section 33, paid at least 12 months and left work no more than 6 months ago");
        // The joining row names no intent, so a follow-up about Section 39 still reads the benefit rows.
        assertThat(answers.forSection("section39", 40, TODAY, Language.TH).orElseThrow()).startsWith("เงินสมทบ");
    }

    @Test
    void aFollowUpAboutAnotherSectionIsAnsweredFromTheTable() {
        assertThat(answers.forSection("maternity", 40, TODAY, Language.TH)).hasValue(
                "คลอดบุตร สำหรับผู้ประกันตน ม.40: ✗ ม.40 ไม่มีสิทธิกรณีคลอดบุตร ค่าคลอดใช้สิทธิบัตรทอง (สปสช. 1330)");
        assertThat(answers.forSection("maternity", 40, TODAY, Language.EN)).hasValue(
                "Childbirth for Section 40 members: ✗ Section 40 has no childbirth benefit; the birth itself is covered by the gold card (NHSO, 1330)");
        assertThat(answers.forSection("unemployment", 33, LocalDate.of(2025, 1, 1), Language.EN).orElseThrow())
                .contains("laid off: 50% of wages");
        assertThat(answers.forSection("greeting", 40, TODAY, Language.TH)).isEmpty();
    }

    @Test
    void theTableRefusesAMissingSectionOrAnUnknownFigure() {
        var label = new th.sso.hotline.knowledge.rules.Figure.Label("ก", "a");
        var cell = new Eligibility.Cell("yes", "ก", "a");
        var source = List.of(new Eligibility.Source("u", "t", "t", TODAY));
        assertThatThrownBy(() -> new Eligibility(source, List.of(new Eligibility.Benefit("x", List.of(), label,
                Map.of("33", cell, "39", cell))), figures)).hasMessageContaining("x: needs exactly the sections");
        var unknown = new Eligibility.Cell("yes", "{fig:nope}", "a");
        assertThatThrownBy(() -> new Eligibility(source, List.of(new Eligibility.Benefit("x", List.of(), label,
                Map.of("33", cell, "39", cell, "40", unknown))), figures)).hasMessageContaining("x/40: unknown figure nope");
    }
}
