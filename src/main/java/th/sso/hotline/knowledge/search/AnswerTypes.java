package th.sso.hotline.knowledge.search;

import th.sso.hotline.text.ThaiDigits;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kind of figure a question asks for ("กี่บาท", "กี่ %", "ภายในกี่วัน", "what time") and whether a passage
 * states one. Among passages that match a question equally well, the one holding the asked-for figure is the
 * one that answers it.
 */
public enum AnswerTypes {

    AMOUNT("เท่าไหร่|เท่าไร|กี่บาท|how much|what amount|maximum amount|how many baht",
            // "How much" is answered in baht or as a share of wages.
            "\\d[\\d,]*(?:\\.\\d+)?\\s*(?:ล้าน)?\\s*(?:บาท|baht)|ร้อยละ\\s*\\d|\\d\\s*%|\\d\\s*(?:เปอร์เซ็น|percent)"),
    PERCENT("%|เปอร์เซ็น|ร้อยละ|percent|per cent|what rate|interest rate",
            "ร้อยละ\\s*\\d|\\d\\s*%|\\d\\s*(?:เปอร์เซ็น|percent)"),
    DURATION("กี่วัน|กี่เดือน|กี่ปี|กี่ชั่วโมง|กี่ชม|how many hours|นานแค่ไหน|นานเท่าไ|how long|how many days|how many months|within how",
            "\\d+\\s*(?:วัน|เดือน|ปี|ชั่วโมง|ชม\\.|days?|months?|years?|hours?)"),
    DATE("เมื่อไหร่|เมื่อไร|วันไหน|วันที่เท่าไ|ตั้งแต่เมื่อ|ถึงเมื่อ|ภายในวัน|when|what date|which date|deadline|until when",
            "\\d{1,2}\\s*(?:ม\\.?ค|ก\\.?พ|มี\\.?ค|เม\\.?ย|พ\\.?ค|มิ\\.?ย|ก\\.?ค|ส\\.?ค|ก\\.?ย|ต\\.?ค|พ\\.?ย|ธ\\.?ค|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา)"
                    + "|\\d{1,2}\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"),
    TIME("กี่โมง|เวลาไหน|เปิดกี่|what time|opening hours|open from",
            "\\d{1,2}[.:]\\d{2}\\s*(?:น\\.|-|–|ถึง|to)"),
    COUNT("กี่คน|กี่แห่ง|กี่ราย|กี่หมายเลข|กี่เบอร์|กี่ที่|how many",
            "\\d[\\d,]*\\s*(?:คน|แห่ง|ราย|หมายเลข|เตียง|people|places|persons)");

    private final Pattern asked;
    private final Pattern stated;

    AnswerTypes(String asked, String stated) {
        this.asked = Pattern.compile(asked, Pattern.CASE_INSENSITIVE);
        this.stated = Pattern.compile(stated, Pattern.CASE_INSENSITIVE);
    }

    /** The kinds of figure a question asks for, often none. */
    public static Set<AnswerTypes> askedIn(String question) {
        String q = ThaiDigits.toAscii(question).toLowerCase(Locale.ROOT);
        Set<AnswerTypes> out = EnumSet.noneOf(AnswerTypes.class);
        for (AnswerTypes t : values()) {
            if (t.asked.matcher(q).find()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Set in every {@link #statedMask}, so a stored 0 can mean "not yet known". */
    static final int KNOWN = 1 << 30;

    /** Every kind a passage states, as bits by ordinal, with {@link #KNOWN} set. */
    static int statedMask(String passage) {
        int mask = KNOWN;
        if (passage == null) {
            return mask;
        }
        String p = ThaiDigits.toAscii(passage).toLowerCase(Locale.ROOT);
        for (AnswerTypes t : values()) {
            if (t.stated.matcher(p).find()) {
                mask |= 1 << t.ordinal();
            }
        }
        return mask;
    }

    /** The asked-for kinds as bits by ordinal. */
    static int bits(Set<AnswerTypes> wanted) {
        int bits = 0;
        for (AnswerTypes t : wanted) {
            bits |= 1 << t.ordinal();
        }
        return bits;
    }

    /** How many of the asked-for kinds a passage states. */
    public static int statedIn(Set<AnswerTypes> wanted, String passage) {
        if (wanted.isEmpty() || passage == null) {
            return 0;
        }
        String p = ThaiDigits.toAscii(passage).toLowerCase(Locale.ROOT);
        int n = 0;
        for (AnswerTypes t : wanted) {
            if (t.stated.matcher(p).find()) {
                n++;
            }
        }
        return n;
    }
}
