package th.sso.hotline.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationTest {

    @Test
    void perfectlyCalibratedConfidenceHasNoError() {
        // Confidence 0.75 right three times in four.
        List<double[]> points = List.of(new double[]{0.75, 1}, new double[]{0.75, 1}, new double[]{0.75, 1},
                new double[]{0.75, 0});
        assertThat(Calibration.ece(points)).isEqualTo(0.0);
    }

    @Test
    void overconfidenceIsTheGapWeightedByBinSize() {
        // Bin 0.9: confidence 0.95 twice, right once (gap 0.45); bin 0.3: 0.35 twice, right twice (gap 0.65).
        List<double[]> points = List.of(new double[]{0.95, 1}, new double[]{0.95, 0}, new double[]{0.35, 1},
                new double[]{0.35, 1});
        assertThat(Calibration.ece(points)).isEqualTo(0.55);
    }

    @Test
    void reportsEachLengthBand() {
        Calibration c = new Calibration();
        c.add(0.9, true, Calibration.band(5));
        c.add(0.9, false, Calibration.band(45));
        Map<String, Object> report = c.report();
        assertThat(report).containsEntry("n", 2).containsEntry("ece", 0.4);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> bands = (Map<String, Map<String, Object>>) report.get("by_length");
        assertThat(bands).containsOnlyKeys("a_upto10", "c_over30");
        assertThat(bands.get("c_over30")).containsEntry("accuracy", 0.0).containsEntry("ece", 0.9);
    }

    @Test
    void countsLatinWordsAndThaiLettersByThree() {
        assertThat(Calibration.words("how much is the pension")).isEqualTo(5);
        assertThat(Calibration.words("ว่างงาน")).isEqualTo(3);
        assertThat(Calibration.words("ม.33 ได้กี่บาท")).isEqualTo(1 + 1 + 3);
        assertThat(Calibration.band(10)).isEqualTo("a_upto10");
        assertThat(Calibration.band(11)).isEqualTo("b_11to30");
        assertThat(Calibration.band(31)).isEqualTo("c_over30");
    }
}
