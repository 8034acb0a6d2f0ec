package th.sso.hotline.knowledge.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The weights and limits of passage ranking ({@code hotline.search.*}), each with what it does. The defaults are the
 * values the pinned ranking test and the retrieval floors were measured with; change one only with a new measurement.
 *
 * @param candidates        passages BM25 returns before re-ranking by date and figure kind
 * @param conceptBoost      weight of a glossary concept token against a word token (Thai questions)
 * @param englishConceptBoost the same for English questions: English words rarely occur in Thai announcements, so the
 *                          concepts carry the question
 * @param titleBoost        weight of a Thai title match against a passage match: every passage repeats its title, and
 *                          Thai titles share their words with many other news items
 * @param englishTitleBoost weight of a title match for an English question, which meets a Thai announcement only
 *                          through concepts, and titles concentrate them
 * @param headingBoost      weight of a match in a passage's section heading
 * @param gramWeight        weight of character-trigram matches, which back up word matches; heavier would let shared
 *                          syllables outvote shared words
 * @param maxGrams          trigrams taken from one question at most
 * @param topicBoost        weight of passages tagged with the recognised intent's topic
 * @param figureCandidates  top candidates re-ranked by the kind of figure asked for
 * @param figureBonus       score factor per asked-for figure kind a passage states (1 + bonus × share stated)
 */
@ConfigurationProperties("hotline.search")
public record SearchTuning(
        @Bindable(defaultValue = "200") int candidates,
        @Bindable(defaultValue = "1.6") float conceptBoost,
        @Bindable(defaultValue = "2.5") float englishConceptBoost,
        @Bindable(defaultValue = "0.4") float titleBoost,
        @Bindable(defaultValue = "1.0") float englishTitleBoost,
        @Bindable(defaultValue = "0.4") float headingBoost,
        @Bindable(defaultValue = "0.5") float gramWeight,
        @Bindable(defaultValue = "256") int maxGrams,
        @Bindable(defaultValue = "1.0") float topicBoost,
        @Bindable(defaultValue = "60") int figureCandidates,
        @Bindable(defaultValue = "0.2") double figureBonus) {

    /** The measured defaults, for code that builds a search without configuration. */
    public static final SearchTuning DEFAULTS = new SearchTuning(200, 1.6f, 2.5f, 0.4f, 1.0f, 0.4f, 0.5f, 256, 1.0f, 60, 0.2);
}
