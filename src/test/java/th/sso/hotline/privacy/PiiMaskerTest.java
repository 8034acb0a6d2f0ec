package th.sso.hotline.privacy;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import th.sso.hotline.text.ThaiDigits;

/**
 * Generated personal data in every way people type it: nothing valid survives masking. National ids are
 * generated with a valid check digit (and, for contrast, with a wrong one: those are not national ids, but as
 * 13-digit numbers they are still masked as account-like numbers).
 */
public class PiiMaskerTest {

    private final PiiMasker masker = new PiiMasker();
    private Random random = new Random(20260310);

    @org.junit.jupiter.api.BeforeEach
    void seed(org.junit.jupiter.api.TestInfo info) {
        random = new Random(info.getDisplayName().hashCode() * 31L + 20260310);
    }

    public static String validNationalId(Random random) {
        int[] d = new int[13];
        d[0] = 1 + random.nextInt(8);
        int sum = d[0] * 13;
        for (int i = 1; i < 12; i++) {
            d[i] = random.nextInt(10);
            sum += d[i] * (13 - i);
        }
        d[12] = (11 - sum % 11) % 10;
        StringBuilder s = new StringBuilder();
        for (int x : d) {
            s.append(x);
        }
        return s.toString();
    }

    static String withWrongCheckDigit(String id) {
        int last = id.charAt(12) - '0';
        return id.substring(0, 12) + (last + 1 + new Random(last).nextInt(9)) % 10;
    }

    static List<String> layouts(String id) {
        return List.of(id,
                id.charAt(0) + "-" + id.substring(1, 5) + "-" + id.substring(5, 10) + "-" + id.substring(10, 12) + "-" + id.charAt(12),
                id.charAt(0) + " " + id.substring(1, 5) + " " + id.substring(5, 10) + " " + id.substring(10, 12) + " " + id.charAt(12),
                thaiDigits(id));
    }

    static String thaiDigits(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('\u0E50' + (c - '0')) : c);
        }
        return out.toString();
    }

    @RepeatedTest(50)
    void validNationalIdsNeverSurviveInAnyLayout() {
        String id = validNationalId(random);
        assertThat(PiiMasker.isValidNationalId(id)).isTrue();
        for (String written : layouts(id)) {
            String masked = masker.mask("เลขบัตรประชาชน " + written + " ครับ ช่วยเช็คสิทธิ์ให้หน่อย");
            assertThat(masked).contains(PiiMasker.NATIONAL_ID);
            assertThat(digits(masked)).doesNotContain(id.substring(0, 6)).doesNotContain(id.substring(7));
        }
    }

    @RepeatedTest(30)
    void invalidCheckDigitsAreNotNationalIdsButAreStillNotKept() {
        String bad = withWrongCheckDigit(validNationalId(random));
        assertThat(PiiMasker.isValidNationalId(bad)).isFalse();
        String masked = masker.mask("เลข " + bad);
        assertThat(masked).doesNotContain(PiiMasker.NATIONAL_ID).contains(PiiMasker.ACCOUNT);
        assertThat(digits(masked)).isEmpty();
    }

    @RepeatedTest(30)
    void thaiPhoneNumbersInEveryFormat() {
        String mobile = "0" + "689".charAt(random.nextInt(3)) + digits(8);
        String bangkok = "02" + digits(7);
        String province = "0" + (3 + random.nextInt(5)) + digits(7);
        List<String> forms = new ArrayList<>();
        for (String n : List.of(mobile, bangkok, province)) {
            forms.add(n);
            forms.add(n.length() == 10 ? n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6)
                    : n.substring(0, 2) + "-" + n.substring(2, 5) + "-" + n.substring(5));
            forms.add(n.length() == 10 ? n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6)
                    : n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6));
            forms.add("+66" + n.substring(1));
            forms.add("+66 " + n.substring(1, n.length() == 10 ? 3 : 2) + " " + n.substring(n.length() == 10 ? 3 : 2));
            forms.add("(+66)" + n.substring(1));
            forms.add(thaiDigits(n));
        }
        for (String written : forms) {
            String masked = masker.mask("โทรกลับที่ " + written + " นะคะ");
            assertThat(masked).as(written).contains(PiiMasker.PHONE);
            assertThat(digits(masked)).as(written).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"somchai.k@gmail.com", "a_b-c+tag@company.co.th", "ผู้ใช้@ตัวอย่าง.ไทย", "UPPER.Case@Mail.ORG"})
    void emailAddresses(String email) {
        String masked = masker.mask("ส่งเอกสารไปที่ " + email + " ได้ไหม");
        assertThat(masked).contains(PiiMasker.EMAIL).doesNotContain("@");
    }

    @RepeatedTest(20)
    void bankAccountNumbers() {
        String account = digits(10);
        for (String written : List.of(account, account.substring(0, 3) + "-" + account.charAt(3) + "-" + account.substring(4, 9)
                + "-" + account.charAt(9), account.substring(0, 3) + " " + account.substring(3, 6) + " " + account.substring(6),
                digits(12), digits(15))) {
            String masked = masker.mask("โอนเข้าบัญชี " + written + " กสิกร");
            assertThat(digits(masked)).as(written).isEmpty();
        }
    }

    @Test
    void anIdAfterNumbersThatLookLikeTheStartOfADateIsStillMasked() {
        // Found by the 100,000-case fuzz: "22-7-8116" was taken for a date, splitting the id written after it.
        String id = validNationalId(random);
        String written = id.charAt(0) + " - " + id.substring(1, 5) + " - " + id.substring(5, 10) + " - "
                + id.substring(10, 12) + " - " + id.charAt(12);
        String masked = masker.mask("2๒- \u200D " + written + " ค่ะ");
        assertThat(digits(masked)).doesNotContain(id.substring(1, 5) + id.substring(5, 10));
        // Real dates keep their digits: Buddhist and Christian four-digit years, and two-digit ones.
        assertThat(masker.mask("ยื่นวันที่ 16-07-2568 กับ 1.7.68 และ 16/07/2025"))
                .isEqualTo("ยื่นวันที่ 16-07-2568 กับ 1.7.68 และ 16/07/2025");
    }

    @Test
    void ordinaryNumbersStay() {
        assertThat(masker.mask("ม.33 ส่งมา 180 เดือน ได้ 60% ของ 15000 บาท โทร 1506"))
                .isEqualTo("ม.33 ส่งมา 180 เดือน ได้ 60% ของ 15000 บาท โทร 1506");
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private static String digits(String masked) {
        return ThaiDigits.toAscii(masked).replaceAll("\\D", "");
    }
}
