package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.ExampleAnalyses;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.QuestionSegments;
import th.sso.hotline.text.StopWords;
import th.sso.hotline.text.Glossary;
import th.sso.hotline.text.TextAnalysis;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.text.ThaiChatAnalyzer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises a follow-up ("แล้วต้องใช้เอกสารอะไรบ้าง", "how much?") that only makes sense against the
 * previous topic: a short question with a follow-up cue and no topic word of its own.
 */
@Singleton
public class FollowUps {

    private static final int MAX_LENGTH = 80;
    private static final int MAX_TOPICS_OF_A_TOPIC_WORD = 3;
    private static final List<String> CUES = List.of(
            "แล้ว", "เอกสาร", "กี่บาท", "เท่าไหร่", "เท่าไร", "เท่าใด", "กี่วัน", "กี่เดือน", "กี่ปี", "นานไหม",
            "นานแค่ไหน", "นานมั้ย", "ที่ไหน", "ยังไง", "อย่างไร", "เมื่อไหร่", "เมื่อไร", "ได้ไหม", "ได้มั้ย", "ได้มั๊ย",
            "ขั้นตอน", "ช่องทาง", "ใช้อะไร", "ต้องทำ", "กรณี", "ถ้า", "อีก", "ต่อ", "ล่ะ",
            "how much", "how long", "how many", "document", "where", "when", "how do i", "how to", "what about",
            "and if", "then", "also", "what if", "need to bring", "can i", "apply",
            // English follow-ups put as a question about the same thing ("and up to what age?", "can he claim too?")
            "and ", "up to", "can he", "can she", "can they", "can we", "do i", "is it", "does it", "too?");

    private final TextAnalysis analysis;
    private final TextNormalizer normalizer;
    private final java.util.Map<String, List<String>> topicConcepts;
    /** Per intent, the analysed words its own examples use. */
    private final java.util.Map<String, Set<String>> vocabulary;

    /** {@code examples} gives the tokens of the intents' examples (kept between restarts). */
    public FollowUps(TextAnalysis analysis, TextNormalizer normalizer, IntentCatalog catalog, ExampleAnalyses examples) {
        this.analysis = analysis;
        this.normalizer = normalizer;
        this.vocabulary = catalog.all().stream().collect(Collectors.toUnmodifiableMap(IntentDefinition::id,
                i -> i.examples().all().stream().flatMap(e -> examples.tokens(e).stream())
                        .collect(Collectors.toUnmodifiableSet()), (a, b) -> a));
        this.topicConcepts = analysis.glossary().terms().stream()
                // A word that hints at many topics (e.g. "ประกันสังคม" itself) names none of them.
                .filter(t -> !t.intents().isEmpty() && t.intents().size() <= MAX_TOPICS_OF_A_TOPIC_WORD)
                .collect(Collectors.toUnmodifiableMap(t -> ThaiChatAnalyzer.CONCEPT_PREFIX + t.id(), Glossary.Term::intents,
                        (a, b) -> a));
    }

    public boolean isFollowUp(String text) {
        return isFollowUp(text, null);
    }

    /** Whether a text holds a topic word that is not about {@code topic} ("นายจ้าง", "election"). */
    public boolean namesOtherTopic(String text, String topic) {
        return analysis.tokens(text).stream().map(topicConcepts::get)
                .anyMatch(intents -> intents != null && !intents.contains(topic));
    }

    /**
     * Whether every word of the message that names something is one {@code topic}'s own examples use: "what's the
     * interest?" stays with a home-loan question, "ประกันสังคมจ่ายค่าแว่นตาไหม" (glasses) is a new question after an
     * unemployment one, even though no topic word of another intent says so.
     */
    public boolean staysWithin(String text, String topic) {
        Set<String> words = vocabulary.get(topic);
        return words != null && analysis.tokens(text).stream()
                .filter(t -> !StopWords.questionTerms().contains(t)).allMatch(words::contains);
    }

    /** Whether a message has a follow-up cue ("แล้ว", "ถ้า", "what if", ...). */
    public boolean hasCue(String text) {
        String lower = normalizer.normalize(text).toLowerCase(java.util.Locale.ROOT);
        return CUES.stream().anyMatch(lower::contains);
    }

    /** No longer than a follow-up ("แล้วถ้าลาออกเองล่ะ" asks without a question word). */
    public boolean isShort(String text) {
        String s = normalizer.normalize(text);
        return !s.isEmpty() && s.length() <= MAX_LENGTH;
    }

    /** A question no longer than a follow-up. */
    public boolean isShortQuestion(String text) {
        String s = normalizer.normalize(text);
        return !s.isEmpty() && s.length() <= MAX_LENGTH && QuestionSegments.isQuestion(s);
    }

    /**
     * Whether a message continues {@code topic}: short, with a follow-up cue or put as a question ("and up to what
     * age?"), and naming no topic word except the previous topic's own ("แล้วถ้าเงินเดือน 30000 ล่ะ" after a
     * contribution question).
     */
    public boolean isFollowUp(String text, String topic) {
        String s = normalizer.normalize(text);
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return false;
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean cue = CUES.stream().anyMatch(lower::contains);
        // Without a cue, only a question in the topic's own words continues it ("and up to what age?").
        if (!cue && (topic == null || !QuestionSegments.isQuestion(s) || !staysWithin(text, topic))) {
            return false;
        }
        // A topic word the previous topic's own examples use is that topic's too ("how many contribution months do I
        // need?" after a childbirth question asks maternity's condition, not the contribution rates).
        Set<String> own = topic == null ? Set.of() : vocabulary.getOrDefault(topic, Set.of());
        return analysis.tokens(text).stream()
                .noneMatch(t -> !own.contains(t) && topicConcepts.get(t) != null
                        && (topic == null || !topicConcepts.get(t).contains(topic)));
    }
}
