package th.sso.hotline.dialogue;

import th.sso.hotline.nlu.Language;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as citizens read them: Buddhist era with Thai month abbreviations in Thai, "2 May 2023" in English. */
public final class DisplayDates {

    private static final String[] THAI_MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
        "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DisplayDates() {
    }

    public static String format(LocalDate date, Language lang) {
        if (date == null) {
            return "";
        }
        if (lang == Language.EN) {
            return ENGLISH.format(date);
        }
        return date.getDayOfMonth() + " " + THAI_MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543);
    }
}
