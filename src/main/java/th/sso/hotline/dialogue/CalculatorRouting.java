package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.slots.SlotReader;
import th.sso.hotline.nlu.slots.Slots;
import th.sso.hotline.text.TextNormalizer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which benefit's calculator a message with a wage in it asks for, when the wage words alone would read as a
 * contribution question. "ลาออกเองเงินเดือน 15000 ได้รวมทั้งหมดเท่าไหร่" names a wage, which the classifier ties to
 * contributions, but asks what someone who quit receives: the unemployment calculation. "Hurt on the job, earning
 * 25,000 a month" asks the work-injury compensation; "เงินเดือน 14000 จะได้เดือนละเท่าไหร่" right after an unemployment
 * question asks that benefit. A message that asks what is paid or deducted ("หักเท่าไหร่", "how much did each side
 * pay") stays a contribution question.
 * <p>
 * Only a reading whose intent has the contribution calculator, or none, is re-routed: a clear benefit reading is kept,
 * and only a message that gives a wage: there is nothing to calculate otherwise.
 */
@Singleton
public class CalculatorRouting {

    static final String CONTRIBUTION = "contribution";
    static final String UNEMPLOYMENT = "unemployment";
    static final String WORK_INJURY = "work_injury";

    /** Paying in, not receiving: the contribution calculator's question. */
    private static final Pattern PAYING = Pattern.compile(
            "หัก|เงินสมทบ|สมทบ|ส่งเดือนละ|ส่งประกัน|ต้องส่ง|ต้องจ่าย|จ่ายเดือนละ|จ่ายประกัน|จ่ายเงินสมทบ|นายจ้างจ่าย"
                    + "|deduct|take from|takes? each month|contribut|do i pay|did each side pay|each side pay|pay in"
                    + "|premium|cost");
    /**
     * The fund as the payer ("ประกันสังคมจ่ายเดือนละเท่าไหร่", "สปส.จะจ่ายให้", "how much will SSO pay me"): what the
     * person receives, though "จ่าย"/"pay" is in it. Read as receiving before the paying words are looked for.
     */
    private static final Pattern FUND_PAYS = Pattern.compile(
            "(?:ประกันสังคม|สปส\\.?|กองทุน)\\s*(?:จะ)?\\s*จ่าย(?:ให้)?"
                    + "|(?:sso|social security|the fund)\\s+(?:will\\s+|would\\s+)?pay(?:s)?\\s+(?:me|us|out|him|her)");
    /** Receiving a benefit. */
    private static final Pattern RECEIVING = Pattern.compile(
            "ได้|รับ|get|receive|compensation|benefit|entitled|claim|pay me|paid to me");
    /** A harm: the work-injury fund pays only for one caused by work. */
    private static final Pattern HARM = Pattern.compile(
            "เจ็บ|ประสบอันตราย|อุบัติเหตุ|ทุพพลภาพ|พิการ|ตาย|เสียชีวิต|hurt|injur|accident|disab|\\bdie[sd]?\\b|death|killed");
    /** ... caused by work. */
    private static final Pattern AT_WORK = Pattern.compile(
            "จากการทำงาน|จากงาน|ระหว่างทำงาน|ขณะทำงาน|ที่ทำงาน|on the job|at work|from work|work[- ]related"
                    + "|workplace|while working");

    private final IntentCatalog catalog;
    private final SlotReader slots;
    private final TextNormalizer normalizer;

    public CalculatorRouting(IntentCatalog catalog, SlotReader slots, TextNormalizer normalizer) {
        this.catalog = catalog;
        this.slots = slots;
        this.normalizer = normalizer;
    }

    /**
     * @param message       the message
     * @param readIntent    the intent the classifier read, or null
     * @param previousTopic the topic of the conversation before this message, or null
     * @return the intent whose calculator answers the message, when it is not {@code readIntent}
     */
    public Optional<IntentDefinition> route(String message, String readIntent, String previousTopic) {
        if (message == null || readIntent == null) {
            return Optional.empty();
        }
        Optional<IntentDefinition> read = catalog.find(readIntent);
        String calculator = read.map(IntentDefinition::calculator).orElse(null);
        if (calculator != null && !CONTRIBUTION.equals(calculator)) {
            return Optional.empty();
        }
        Slots said = slots.read(message);
        String s = FUND_PAYS.matcher(normalizer.normalize(message).toLowerCase(Locale.ROOT)).replaceAll(" ได้ ");
        if (PAYING.matcher(s).find()) {
            return Optional.empty();
        }
        // Only a figure to compute is routed here: which topic a question without one is about is the classifier's
        // to read, with its calibrated confidence, not a pattern's.
        if (said.monthlyWage() == null) {
            return Optional.empty();
        }
        boolean harmAtWork = HARM.matcher(s).find() && AT_WORK.matcher(s).find();
        Optional<IntentDefinition> target = Optional.empty();
        if (harmAtWork) {
            target = withCalculator(WORK_INJURY);
        } else if (said.leaveReason() != null) {
            target = withCalculator(UNEMPLOYMENT);
        } else if (previousTopic != null && RECEIVING.matcher(s).find()) {
            // Right after a benefit question, a wage and "how much will I get" continue that benefit's calculation.
            target = catalog.find(previousTopic)
                    .filter(t -> t.calculator() != null && !CONTRIBUTION.equals(t.calculator()));
        }
        return target.filter(t -> !t.id().equals(readIntent));
    }

    private Optional<IntentDefinition> withCalculator(String calculator) {
        return catalog.all().stream().filter(i -> calculator.equals(i.calculator())).findFirst();
    }
}
