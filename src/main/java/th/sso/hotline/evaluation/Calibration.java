package th.sso.hotline.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether confidence means what it says: the expected calibration error (ECE, the gap between confidence and
 * accuracy averaged over ten equal-width confidence bins, weighted by their counts) and a reliability table,
 * overall and per message-length band, so a 5-word and a 60-word message can be compared.
 */
public final class Calibration {

    private static final int BINS = 10;

    private final List<double[]> all = new ArrayList<>();
    private final Map<String, List<double[]>> byBand = new TreeMap<>();

    /** Message length bands in words (Thai counted as one word per three Thai letters, as the real-message set). */
    public static String band(int words) {
        return words <= 10 ? "a_upto10" : words <= 30 ? "b_11to30" : "c_over30";
    }

    /** Words of a message: Latin and digit runs count one each, Thai one per three Thai letters. */
    public static int words(String text) {
        int latin = 0;
        int thai = 0;
        boolean inLatin = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0E01' && c <= '\u0E5B') {
                thai++;
                inLatin = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inLatin) {
                    latin++;
                }
                inLatin = true;
            } else {
                inLatin = false;
            }
        }
        return latin + (thai + 2) / 3;
    }

    public void add(double confidence, boolean correct, String band) {
        double[] point = {confidence, correct ? 1 : 0};
        all.add(point);
        byBand.computeIfAbsent(band, k -> new ArrayList<>()).add(point);
    }

    public static double ece(List<double[]> points) {
        if (points.isEmpty()) {
            return 0.0;
        }
        double[] conf = new double[BINS];
        double[] acc = new double[BINS];
        int[] n = new int[BINS];
        for (double[] p : points) {
            int b = bin(p[0]);
            conf[b] += p[0];
            acc[b] += p[1];
            n[b]++;
        }
        double sum = 0;
        for (int b = 0; b < BINS; b++) {
            if (n[b] > 0) {
                sum += Math.abs(acc[b] - conf[b]);
            }
        }
        return round(sum / points.size());
    }

    private static int bin(double confidence) {
        return Math.min(BINS - 1, Math.max(0, (int) (confidence * BINS)));
    }

    /** {@code ece}, {@code n} and per band {@code ece}, {@code n}, {@code mean_confidence}, {@code accuracy}; a reliability table. */
    public Map<String, Object> report() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", all.size());
        out.put("ece", ece(all));
        Map<String, Object> bands = new LinkedHashMap<>();
        byBand.forEach((band, points) -> {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("n", points.size());
            b.put("ece", ece(points));
            b.put("mean_confidence", round(points.stream().mapToDouble(p -> p[0]).average().orElse(0)));
            b.put("accuracy", round(points.stream().mapToDouble(p -> p[1]).average().orElse(0)));
            bands.put(band, b);
        });
        out.put("by_length", bands);
        out.put("reliability", reliability(all));
        return out;
    }

    private static List<String> reliability(List<double[]> points) {
        List<String> rows = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            final int bin = b;
            List<double[]> in = points.stream().filter(p -> bin(p[0]) == bin).toList();
            if (in.isEmpty()) {
                continue;
            }
            rows.add(String.format("%.1f-%.1f n=%d confidence=%.3f accuracy=%.3f", b / 10.0, (b + 1) / 10.0, in.size(),
                    in.stream().mapToDouble(p -> p[0]).average().orElse(0),
                    in.stream().mapToDouble(p -> p[1]).average().orElse(0)));
        }
        return rows;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
