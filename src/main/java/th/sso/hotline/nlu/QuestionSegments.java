package th.sso.hotline.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a long message into sentences and finds the question in it. People paste a paragraph of context (their
 * job, their visa, what HR said) and ask at the end; the context words can outvote the question. Sentences end at
 * . ! ? and line breaks, and in Thai, which has no full stop, at a polite particle (ครับ, ค่ะ, คะ, นะคะ) followed
 * by a space. A sentence is a question when it has "?", a Thai question word, or begins with an English question
 * word or auxiliary ("is", "can", "how", ...).
 */
public final class QuestionSegments {

    private static final Pattern LATIN_END = Pattern.compile("(?<=[.!?])\\s+|\\n+|(?<=\\?)(?=\\S)");
    private static final Pattern THAI_END = Pattern.compile("(?<=ครับ|ค่ะ|คะ|นะคะ|จ้า|จ้ะ|ฮะ|คับ)\\s+");
    private static final Pattern THAI_QUESTION = Pattern.compile(
            "ไหม|มั้ย|มั๊ย|ไม๊|หรือเปล่า|รึเปล่า|หรือไม่|ยังไง|อย่างไร|เท่าไร|เท่าไหร่|กี่|อะไร|ที่ไหน|เมื่อไร|เมื่อไหร่|ทำไม|ได้บ้าง|ไหน");
    /** English asks with a question word or an auxiliary first; romanised Thai with its question words anywhere
     * and "mai" at the end (not the one in Chiang Mai). */
    private static final Pattern LATIN_QUESTION = Pattern.compile(
            "^(how|what|when|where|which|who|why|can|could|do|does|did|is|are|am|will|would|should|shall|may)\\b"
                    + "|\\b(yang ?ngai|tao ?rai|dai mai|tee nai|a ?rai|mai (ka|kha|krub|krap|khrap))\\b|(?<!chiang )\\bmai\\W*$");
    /**
     * Where one question ends and the next begins inside a sentence: before a joining "แล้ว"/"และ"/"ส่วน" or a "ถ้า"
     * after a space, after a Thai question word followed by a space, before ", and"/" and" + a question word, and
     * before a romanised "laew".
     */
    private static final Pattern PART_JOIN = Pattern.compile(
            "\\s+(?=(?:แล้ว|และ|ส่วน|ถ้า)[^\\s])"
                    + "|(?<=ไหม|มั้ย|มั๊ย|เท่าไหร่|เท่าไร|ยังไง|อย่างไร|ที่ไหน|เมื่อไหร่|วันไหน|บ้าง|อะไร)\\s+(?=\\S)"
                    + "|,?\\s+(?=and\\s+(?:how|what|when|where|which|who|can|do|does|is|are|will)\\b)"
                    + "|,\\s+(?=(?:how|what|when|where|which|can|do|does|is|are)\\b)"
                    + "|\\s+(?=laew\\b)", Pattern.CASE_INSENSITIVE);
    /** A part asks something when it holds a question word anywhere (a clause has no sentence start of its own). */
    private static final Pattern PART_QUESTION = Pattern.compile(
            "\\b(how|what|when|where|which|who|why|can i|do i|is it|are there|tao ?rai|yang ?ngai|dai mai|a ?rai|gee|kee)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A message longer than this is a story with a question, not two questions: see {@link #questionPart}. */
    private static final int MAX_PARTS_LENGTH = 240;

    /** Fewer words than this and the message is read whole. */
    private static final int MIN_WORDS = 20;

    private QuestionSegments() {
    }

    /** The sentences of a text, trimmed, empty ones dropped. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String part : LATIN_END.split(text)) {
            for (String sentence : THAI_END.split(part)) {
                String s = sentence.strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    public static boolean isQuestion(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return s.contains("?") || THAI_QUESTION.matcher(s).find() || LATIN_QUESTION.matcher(s).find();
    }

    /**
     * The question part of a long message with context before it: its question sentences from the first one on,
     * when they are not the whole message. Empty for short messages, single sentences and messages without a
     * recognisable question.
     */
    public static Optional<String> questionPart(String text) {
        if (text == null || words(text) < MIN_WORDS) {
            return Optional.empty();
        }
        List<String> sentences = sentences(text);
        if (sentences.size() < 2) {
            return Optional.empty();
        }
        int first = -1;
        for (int i = 0; i < sentences.size(); i++) {
            if (isQuestion(sentences.get(i))) {
                first = i;
                break;
            }
        }
        if (first <= 0) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", sentences.subList(first, sentences.size())));
    }

    /**
     * The questions of a message that asks more than one thing ("คลอดลูกได้เท่าไหร่ แล้วสงเคราะห์บุตรยื่นยังไง",
     * "What is the rate, and when is it paid?"): its sentences, each cut where a second question joins it, keeping
     * only the parts that ask something, at most {@code max}. Fewer than two means the message asks one thing.
     */
    public static List<String> questions(String text, int max) {
        if (text == null || text.length() > MAX_PARTS_LENGTH) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String lead = "";
        for (String sentence : sentences(text)) {
            for (String piece : PART_JOIN.split(sentence)) {
                String p = piece.strip().replaceAll("^[,;:]+|[,;:]+$", "").strip();
                if (p.isEmpty()) {
                    continue;
                }
                if ((isQuestion(p) || PART_QUESTION.matcher(p).find()) && out.size() < max) {
                    out.add((lead + " " + p).strip());
                    lead = "";
                } else if (out.isEmpty()) {
                    // Context before the first question ("เปิดบริษัทจ้างคน") belongs to it.
                    lead = (lead + " " + p).strip();
                } else {
                    // A clause that asks nothing ("if I quit myself"), or one question too many, joins the last one.
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + p);
                }
            }
        }
        return out;
    }

    /** Words of a text: Latin words and numbers, and one per three Thai characters (Thai has no spaces). */
    static int words(String text) {
        if (text == null) {
            return 0;
        }
        int latin = 0;
        int thai = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0E01' && c <= '\u0E5B') {
                thai++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                latin += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return latin + thai / 3;
    }
}
