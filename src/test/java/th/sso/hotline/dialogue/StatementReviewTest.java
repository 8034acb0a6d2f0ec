package th.sso.hotline.dialogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementReviewTest {

    @Test
    void readsFiguresWithTheirUnitsAndLeavesOutSectionsYearsAndPlaceholders() {
        assertThat(StatementReview.figures("ม.40 ได้ค่าพาหนะเดือนละ 500 บาท หลังส่งครบ 60 เดือน (ประกาศ 2565) เพดาน {fig:s33_wage_ceiling} บาท"))
                .containsExactly("500 บาท", "60 เดือน");
        assertThat(StatementReview.figures("Paid 60% of wages for 180 days; call 1506, 36 instalments"))
                .containsExactly("60 %", "180 วัน", "36");
        assertThat(StatementReview.figures("ทางเลือก 3 ได้ ๑๕,๐๐๐ บาท")).containsExactly("15000 บาท");
    }

    @Test
    void aFigureIsSupportedOnlyWithTheSameUnit() {
        String cited = StatementReview.normalise("ทายาทได้เงินสงเคราะห์กรณีตาย หากส่งเงินสมทบ 60 วัน ได้ 8,000 บาท "
                + "และได้รับเงินทดแทนร้อยละ 60 ของค่าจ้าง");
        assertThat(StatementReview.supported("60 วัน", cited)).isTrue();
        assertThat(StatementReview.supported("60 เดือน", cited)).isFalse();
        assertThat(StatementReview.supported("8000 บาท", cited)).isTrue();
        assertThat(StatementReview.supported("800 บาท", cited)).isFalse();
        assertThat(StatementReview.supported("60 %", cited)).isTrue();
        assertThat(StatementReview.supported("6000", cited)).isFalse();
    }
}
