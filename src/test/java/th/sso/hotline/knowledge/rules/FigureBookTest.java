package th.sso.hotline.knowledge.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureBookTest {

    private static final FigureBook SHIPPED = FigureBook.read(Path.of("intents/rules"));

    @Test
    void theShippedFiguresLoadAndSwitchOnTheDayANewValueApplies() {
        assertThat(SHIPPED.on("unemployment_laid_off_rate", LocalDate.of(2025, 7, 15)).value()).isEqualByComparingTo("50");
        assertThat(SHIPPED.on("unemployment_laid_off_rate", LocalDate.of(2025, 7, 16)).value()).isEqualByComparingTo("60");
        assertThat(SHIPPED.on("child_allowance_monthly", LocalDate.of(2024, 12, 31)).value()).isEqualByComparingTo("800");
        assertThat(SHIPPED.on("child_allowance_monthly", LocalDate.of(2025, 1, 1)).value()).isEqualByComparingTo("1000");
    }

    @Test
    void aDraftIsNeverTheValueInForce() {
        assertThat(SHIPPED.on("s33_wage_ceiling", LocalDate.of(2026, 6, 1)).value()).isEqualByComparingTo("15000");
        assertThat(SHIPPED.find("s33_wage_ceiling").orElseThrow().proposals())
                .extracting(FigureVersion::value).containsExactly(new BigDecimal("20000"));
    }

    @Test
    void fillsPlaceholdersWithTheValueOfTheDay() {
        String text = "ว่างงาน {fig:unemployment_laid_off_rate}% เพดาน {fig:s33_wage_ceiling} บาท บำนาญเพิ่ม {fig:pension_step_rate}%";
        assertThat(FigureText.render(text, SHIPPED, LocalDate.of(2025, 1, 1)))
                .isEqualTo("ว่างงาน 50% เพดาน 15,000 บาท บำนาญเพิ่ม 1.5%");
        assertThat(FigureText.render(text, SHIPPED, LocalDate.of(2026, 1, 1)))
                .isEqualTo("ว่างงาน 60% เพดาน 15,000 บาท บำนาญเพิ่ม 1.5%");
        assertThatThrownBy(() -> FigureText.render("{fig:no_such_figure}", SHIPPED, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such_figure");
    }

    @Test
    void refusesOverlappingPeriodsDraftsInForceAndMissingSources() {
        var label = new Figure.Label("ก", "a");
        var first = new FigureVersion(BigDecimal.ONE, LocalDate.of(2020, 1, 1), null, "u", LocalDate.of(2020, 1, 1), null);
        var second = new FigureVersion(BigDecimal.TEN, LocalDate.of(2021, 1, 1), null, "u", LocalDate.of(2021, 1, 1), null);
        var noSource = new FigureVersion(BigDecimal.TEN, LocalDate.of(2021, 1, 1), null, null, LocalDate.of(2021, 1, 1), null);
        var draftInForce = new FigureVersion(BigDecimal.TEN, LocalDate.of(2021, 1, 1), null, "u", LocalDate.of(2021, 1, 1), "draft");

        assertThatThrownBy(() -> new FigureBook(List.of(new Figure("x", label, "baht", List.of(first, second), null))))
                .hasMessageContaining("x: versions from 2020-01-01 and 2021-01-01 overlap");
        assertThatThrownBy(() -> new FigureBook(List.of(new Figure("x", label, "baht", List.of(noSource), null))))
                .hasMessageContaining("x: every version needs value, from, source and confirmed");
        assertThatThrownBy(() -> new FigureBook(List.of(new Figure("x", label, "baht", List.of(draftInForce), null))))
                .hasMessageContaining("drafts go under proposals");
        assertThatThrownBy(() -> new FigureBook(List.of(new Figure("x", label, "litres", List.of(first), null))))
                .hasMessageContaining("x: unit must be one of");
    }

    @Test
    void listsFiguresNotConfirmedForAYearAndChangesDueSoon() {
        var label = new Figure.Label("ก", "a");
        var old = new FigureVersion(BigDecimal.ONE, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31), "u",
                LocalDate.of(2024, 1, 1), null);
        var next = new FigureVersion(BigDecimal.TEN, LocalDate.of(2027, 1, 1), null, "u", LocalDate.of(2026, 11, 1), null);
        var fresh = new FigureVersion(BigDecimal.ONE, LocalDate.of(2020, 1, 1), null, "u", LocalDate.of(2026, 6, 1), null);
        FigureBook book = new FigureBook(List.of(new Figure("changing", label, "baht", List.of(old, next), null),
                new Figure("steady", label, "baht", List.of(fresh), null)));

        List<FigureReview.Finding> findings = FigureReview.findings(book, LocalDate.of(2026, 12, 2));

        assertThat(findings).extracting(f -> f.figure().id() + ":" + f.reason())
                .containsExactly("changing:NOT_CONFIRMED_FOR_A_YEAR", "changing:CHANGE_DUE");
    }
}
