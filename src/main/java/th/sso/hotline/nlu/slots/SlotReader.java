package th.sso.hotline.nlu.slots;

import jakarta.inject.Singleton;
import th.sso.hotline.text.TextNormalizer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts a calculation needs from a chat message, in Thai or English: "เงินเดือน 2 หมื่น",
 * "ได้เดือนละหมื่นห้า", "salary 20k", "ส่งมา 15 ปี", "contributed 200 months", "อายุ 55", "turning 55", "ม.33",
 * "section 39", "ถูกเลิกจ้าง", "I quit", "ทางเลือก 3". A number counts as a wage only next to a wage word, so
 * "ค่าคลอด 15000" is not read as a salary.
 */
@Singleton
public class SlotReader {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    private static final String THAI_DIGIT_WORD = "หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า";
    private static final Map<String, Integer> THAI_DIGITS = Map.of("หนึ่ง", 1, "สอง", 2, "สาม", 3, "สี่", 4,
            "ห้า", 5, "หก", 6, "เจ็ด", 7, "แปด", 8, "เก้า", 9);
    /** An amount: digits with an optional unit word ("2 หมื่น", "20k", "1.5 หมื่น"), or Thai words ("หมื่นห้า", "สองหมื่น"). */
    private static final String AMOUNT = "(?:" + NUMBER + "\\s*(k|พัน|หมื่น|แสน)?(?!\\d|\\.\\d)"
            + "|((?:" + THAI_DIGIT_WORD + ")?)หมื่น((?:" + THAI_DIGIT_WORD + ")?)(?:พัน)?)";
    private static final Pattern WAGE = Pattern.compile(
            "(?:เงินเดือน|ค่าจ้าง|รายได้|ค่าแรง|ฐานเงินเดือน|ได้เดือนละ|เดือนละ|salary|wage|wages|income|earn(?:ing|s)?|paid|pay is|get)"
                    + "\\s*(?:เฉลี่ย|ก็|คือ|ประมาณ|ราว|ๆ|average|avg|of|is|was|were|about|around|only|:|=|ละ|อยู่ที่|อยู่|just|\\s)*\\s*"
                    + AMOUNT);
    private static final Pattern AMOUNT_PER_MONTH = Pattern.compile(AMOUNT
            + "\\s*(?:บาท|baht|thb|฿)?\\s*(?:/\\s*(?:เดือน|month|m)\\b|ต่อเดือน|a month|per month|monthly)");
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?:ส่ง|จ่าย|สมทบ|ทำงาน|contribut\\w*|paid|paying|worked|work(?:ing)?)\\D{0,24}?" + NUMBER
                    + "\\s*(ปี|เดือน|งวด|years?|yrs?|months?)");
    private static final Pattern PERIOD_PAID = Pattern.compile(NUMBER + "\\s*(ปี|เดือน|งวด|years?|months?)\\s*"
            + "(?:แล้ว\\s*)?(?:ของ)?(?:การ)?(?:ส่ง|จ่าย|เงินสมทบ|ประกันสังคม|of contributions?|contributions?|paying)");
    private static final Pattern AGE = Pattern.compile(
            "(?:อายุ(?:ครบ|จะครบ)?|age|aged|turn|turning|turned|i am|i'm)\\s*(\\d{2})(?!\\d)(?!\\s*(?:ปี|years?)\\s*(?:แล้ว\\s*)?(?:ส่ง|จ่าย|of))"
                    + "|(\\d{2})\\s*(?:years old|yrs old|yo\\b|y/o)");
    private static final Pattern SECTION = Pattern.compile(
            "(?:ม\\s*\\.?|มาตรา|section|sec\\.?|s\\.|\\bs|\\bmor|\\bma|\\bmatra|\\bmattra|\\bm\\.?)\\s*(33|39|40)(?!\\d)");
    private static final Pattern LAID_OFF = Pattern.compile(
            "เลิกจ้าง|ให้ออก|ไล่ออก|ปิดกิจการ|ปิดโรงงาน|บริษัทปิด|โรงงานปิด|ปลดออก|ลดพนักงาน|laid off|lay off|layoff|fired"
                    + "|dismiss|terminat|let go|company clos|factory clos|redundan");
    private static final Pattern RESIGNED = Pattern.compile(
            "ลาออก|ออกเอง|resign|quit|left (?:my|the) job myself|leave (?:my|the) job myself");
    private static final Pattern CONTRACT_ENDED = Pattern.compile(
            "หมดสัญญา|สัญญาจ้างสิ้นสุด|ครบสัญญา|สิ้นสุดสัญญา|contract (?:end|finish|expir|is over|ran out)");
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(Map.entry("หนึ่ง", 1), Map.entry("สอง", 2),
            Map.entry("สาม", 3), Map.entry("สี่", 4), Map.entry("ห้า", 5), Map.entry("หก", 6), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("a", 1));
    /** "ลูก 2 คน", "มีลูกสามคน", "3 kids", "four children", "บุตร 2 คน". */
    private static final Pattern CHILDREN = Pattern.compile(
            "(?:ลูก|บุตร)\\s*(?:ทั้งหมด|อีก)?\\s*(\\d{1,2}|หนึ่ง|สอง|สาม|สี่|ห้า|หก)\\s*คน"
                    + "|\\b(\\d{1,2}|one|two|three|four|five|six|a)\\s+(?:kids?|children|child)\\b");
    /** Baht already used: "ขูดหินปูนไป 500", "ใช้ไปแล้ว 300 บาท", "spent 700 baht", "used 400". */
    private static final Pattern SPENT = Pattern.compile(
            "(?:ไป|ใช้ไป(?:แล้ว)?|จ่ายไป(?:แล้ว)?|เบิกไป(?:แล้ว)?|spent|used|paid|claimed)\\s*(?:แล้ว)?\\s*(\\d{1,3}(?:,\\d{3})?|\\d+)(?![\\d,.]|\\s*(?:ปี|เดือน|งวด|ครั้ง|วัน|years?|months?|days?|times?|%))");
    private static final Pattern OPTION = Pattern.compile("(?:ทางเลือก(?:ที่)?|option|แพ็กเกจ|package|plan)\\s*(1|2|3)(?!\\d)");

    private final TextNormalizer normalizer;

    public SlotReader(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public Slots read(String text) {
        String s = normalizer.normalize(text).toLowerCase(Locale.ROOT);
        return new Slots(wage(s), months(s), age(s), section(s), reason(s), option(s), children(s), spent(s));
    }

    private static Integer wage(String s) {
        Integer wage = wageIn(WAGE.matcher(s));
        return wage != null ? wage : wageIn(AMOUNT_PER_MONTH.matcher(s));
    }

    /** The first amount that can be a monthly wage: below 1,000 baht it is something else (years, a contribution). */
    private static Integer wageIn(Matcher m) {
        while (m.find()) {
            Integer value = amount(m, 1);
            if (value != null && value >= 1_000 && value <= 10_000_000) {
                return value;
            }
        }
        return null;
    }

    private static Integer amount(Matcher m, int g) {
        String digits = m.group(g);
        if (digits != null) {
            double value = Double.parseDouble(digits.replace(",", ""));
            String unit = m.group(g + 1);
            if (unit != null) {
                value *= switch (unit) {
                    case "k", "พัน" -> 1_000;
                    case "หมื่น" -> 10_000;
                    case "แสน" -> 100_000;
                    default -> 1;
                };
            }
            return (int) Math.round(value);
        }
        String tens = m.group(g + 2);
        String thousands = m.group(g + 3);
        if (tens == null && thousands == null) {
            return null;
        }
        int value = (tens == null || tens.isEmpty() ? 1 : THAI_DIGITS.get(tens)) * 10_000;
        return value + (thousands == null || thousands.isEmpty() ? 0 : THAI_DIGITS.get(thousands) * 1_000);
    }

    /** A period named as a threshold ("ส่งไม่ถึง 180 เดือน", "paid less than 15 years"), not the person's own count. */
    private static final Pattern THRESHOLD = Pattern.compile(
            "(?:ไม่ถึง|ไม่ครบ|ไม่เกิน|น้อยกว่า|ต่ำกว่า|เกิน|มากกว่า|กว่า|less than|fewer than|under|below|more than|over|at least)"
                    + "\\s*$");

    private static Integer months(String s) {
        for (Pattern p : new Pattern[]{CONTRIBUTED, PERIOD_PAID}) {
            Matcher m = p.matcher(s);
            if (m.find() && !THRESHOLD.matcher(s.substring(0, m.start(1))).find()) {
                double n = Double.parseDouble(m.group(1).replace(",", ""));
                String unit = m.group(2);
                boolean years = unit.startsWith("ปี") || unit.startsWith("year") || unit.startsWith("yr");
                int months = (int) Math.round(years ? n * 12 : n);
                if (months > 0 && months <= 12 * 60) {
                    return months;
                }
            }
        }
        return null;
    }

    private static Integer age(String s) {
        Matcher m = AGE.matcher(s);
        while (m.find()) {
            int age = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (age >= 15 && age <= 99) {
                return age;
            }
        }
        return null;
    }

    private static Integer section(String s) {
        Matcher m = SECTION.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static LeaveReason reason(String s) {
        if (said(CONTRACT_ENDED, s)) {
            return LeaveReason.CONTRACT_ENDED;
        }
        if (said(LAID_OFF, s)) {
            return LeaveReason.LAID_OFF;
        }
        return said(RESIGNED, s) ? LeaveReason.RESIGNED : null;
    }

    /** A denial just before a reason ("ลาออกเอง ไม่ได้โดนไล่ออก", "I wasn't fired") says it is not the reason. */
    private static final Pattern DENIED = Pattern.compile(
            "(?:ไม่ได้|ไม่|มิได้|not|n't|never)\\s*(?:โดน|ถูก|been|being|get|got|was|be)?\\s*$");

    /** Whether the text states the reason: a mention not denied just before it. */
    private static boolean said(Pattern reason, String s) {
        Matcher m = reason.matcher(s);
        while (m.find()) {
            if (!DENIED.matcher(s.substring(Math.max(0, m.start() - 16), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A reply that is little more than the fact asked for: "15000", "2 หมื่นค่ะ", "15 ปี", "about 18k". */
    private static final int MAX_ANSWER_LENGTH = 40;
    private static final Pattern ANY_AMOUNT = Pattern.compile(AMOUNT);
    private static final Pattern ANY_PERIOD = Pattern.compile(NUMBER + "\\s*(ปี|เดือน|งวด|years?|yrs?|months?)?(?![\\d.])");

    /**
     * The answer to the question the bot just asked ({@code wage}, {@code average_wage} or {@code months}): what
     * {@link #read} finds, or else a bare number in a short reply, read as that fact (months: up to 60 means years
     * unless "เดือน"/"months" says otherwise). {@link Slots#NONE} when the reply does not answer it.
     */
    public Slots answer(String asked, String text) {
        Slots said = read(text);
        String s = normalizer.normalize(text).toLowerCase(Locale.ROOT).strip();
        if (asked == null || s.length() > MAX_ANSWER_LENGTH) {
            return Slots.NONE;
        }
        switch (asked) {
            case "wage", "average_wage" -> {
                Integer wage = said.monthlyWage() != null ? said.monthlyWage() : wageIn(ANY_AMOUNT.matcher(s));
                return wage == null ? Slots.NONE : said.updatedBy(new Slots(wage, null, null, null, null, null));
            }
            case "months" -> {
                if (said.monthsContributed() != null) {
                    return said;
                }
                Matcher m = ANY_PERIOD.matcher(s);
                if (!m.find()) {
                    return Slots.NONE;
                }
                double n = Double.parseDouble(m.group(1).replace(",", ""));
                String unit = m.group(2);
                boolean months = unit != null ? unit.startsWith("เดือน") || unit.startsWith("งวด") || unit.startsWith("month")
                        : n > 60;
                int value = (int) Math.round(months ? n : n * 12);
                return value > 0 && value <= 12 * 60
                        ? said.updatedBy(new Slots(null, value, null, null, null, null)) : Slots.NONE;
            }
            default -> {
                return Slots.NONE;
            }
        }
    }

    /** Every section named, in order and once each: "ม.33 กับ ม.39" gives [33, 39]. */
    public java.util.List<Integer> sections(String text) {
        Matcher m = SECTION.matcher(normalizer.normalize(text).toLowerCase(Locale.ROOT));
        java.util.List<Integer> sections = new java.util.ArrayList<>();
        while (m.find()) {
            Integer section = Integer.valueOf(m.group(1));
            if (!sections.contains(section)) {
                sections.add(section);
            }
        }
        return sections;
    }

    private static Integer children(String s) {
        Matcher m = CHILDREN.matcher(s);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        Integer value = COUNT_WORDS.containsKey(n) ? COUNT_WORDS.get(n) : Integer.valueOf(n);
        return value >= 1 && value <= 20 ? value : null;
    }

    private static Integer spent(String s) {
        Matcher m = SPENT.matcher(s);
        while (m.find()) {
            int value = Integer.parseInt(m.group(1).replace(",", ""));
            if (value > 0 && value < 100_000) {
                return value;
            }
        }
        return null;
    }

    private static Integer option(String s) {
        Matcher m = OPTION.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
