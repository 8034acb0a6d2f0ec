package th.sso.hotline.privacy;

import jakarta.inject.Singleton;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.sso.hotline.text.ThaiDigits;

/**
 * Masks personal data in free text before it is stored or logged (PDPA data minimisation):
 * Thai national id numbers, phone numbers, e-mail addresses and bank account or other long numbers.
 */
@Singleton
public class PiiMasker {

    public static final String NATIONAL_ID = "[national-id]";
    public static final String PHONE = "[phone]";
    public static final String EMAIL = "[email]";
    public static final String ACCOUNT = "[account-number]";

    private static final String SEP = "[\\s.\\-]?";
    private static final Pattern EMAIL_PATTERN =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}._%+\\-]+@[\\p{L}\\p{M}\\p{N}.\\-]+\\.[\\p{L}\\p{M}]{2,}");
    /** 13 digits as written on the card (1-2345-67890-12-3) or run together. */
    private static final Pattern ID_PATTERN = Pattern.compile(
            "(?<!\\d)\\d" + SEP + "\\d{4}" + SEP + "\\d{5}" + SEP + "\\d{2}" + SEP + "\\d(?!\\d)");
    /**
     * Thai numbers as people write them: 0 or +66 (also "(+66)", "66 ") then 8 digits (landline: 02-123-4567,
     * 053-123-456) or 9 digits (mobile: 081-234-5678, 08 1234 5678), grouped any way with spaces, dots or dashes.
     */
    private static final Pattern PHONE_PATTERN = Pattern.compile(
            "(?<![\\d+])(?:\\(?\\+?66\\)?" + SEP + "|0)[1-9](?:" + SEP + "\\d){7,8}(?!\\d)");
    /** Any other run of 10 or more digits (bank accounts, policy or reference numbers). */
    private static final Pattern LONG_NUMBER_PATTERN = Pattern.compile("(?<!\\d)\\d(?:" + SEP + "\\d){9,}(?!\\d)");

    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = ThaiDigits.toAscii(text);
        s = EMAIL_PATTERN.matcher(s).replaceAll(EMAIL);
        s = replaceValidIds(s);
        s = PHONE_PATTERN.matcher(s).replaceAll(PHONE);
        s = LONG_NUMBER_PATTERN.matcher(s).replaceAll(ACCOUNT);
        return s;
    }

    private static String replaceValidIds(String s) {
        Matcher m = ID_PATTERN.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            m.appendReplacement(out, isValidNationalId(digits) ? Matcher.quoteReplacement(NATIONAL_ID)
                    : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The Thai national id check digit: 11 - (sum of digit[i] * (13 - i)) mod 11, taken mod 10. */
    public static boolean isValidNationalId(String digits) {
        if (digits.length() != 13 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (13 - i);
        }
        int check = (11 - sum % 11) % 10;
        return check == digits.charAt(12) - '0';
    }
}
