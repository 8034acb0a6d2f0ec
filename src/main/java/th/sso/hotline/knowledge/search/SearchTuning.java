package th.sso.hotline.knowledge.search;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The weights and limits of passage ranking ({@code hotline.search.*}), each with what it does; their values are in
 * {@code application.yml}, as the pinned ranking test and the retrieval floors were measured with them: change one
 * only with a new measurement.
 *
 * @param candidates          passages BM25 returns before re-ranking by date and figure kind
 * @param conceptBoost        weight of a glossary concept token against a word token (Thai questions)
 * @param englishConceptBoost the same for English questions: English words rarely occur in Thai announcements, so
 *                            the concepts carry the question
 * @param titleBoost          weight of a Thai title match against a passage match: every passage repeats its title,
 *                            and Thai titles share their words with many other news items
 * @param englishTitleBoost   weight of a title match for an English question, which meets a Thai announcement only
 *                            through concepts, and titles concentrate them
 * @param headingBoost        weight of a match in a passage's section heading
 * @param gramWeight          weight of character-trigram matches, which back up word matches; heavier would let
 *                            shared syllables outvote shared words
 * @param maxGrams            trigrams taken from one question at most
 * @param topicBoost          weight of passages tagged with the recognised intent's topic
 * @param figureCandidates    top candidates re-ranked by the kind of figure asked for
 * @param figureBonus         score factor per asked-for figure kind a passage states (1 + bonus × share stated)
 * @param undatedFactor       score factor of a passage without a date
 * @param monthFactor         factor of an announcement from two months before a month the question names to one
 *                            month after it: measures are mostly announced shortly ahead of the months they cover
 * @param nearMonthFactor     factor of one from half a year before that month to two months after it
 * @param yearFactor          factor of one from a year the question names, or from that year's last quarter before
 *                            (a year's measures are often announced then)
 * @param otherTimeFactor     factor of a dated announcement outside every month and year the question names
 * @param recencyBonus        without a time in the question, the factor of an announcement of today is 1 + this,
 *                            so newer ones, which state the rules in force, rank slightly higher
 * @param recencyYears        how fast that bonus fades: it falls to 1/e of itself over this many years of age
 */
@ConfigurationProperties("hotline.search")
public record SearchTuning(
        int candidates,
        float conceptBoost,
        float englishConceptBoost,
        float titleBoost,
        float englishTitleBoost,
        float headingBoost,
        float gramWeight,
        int maxGrams,
        float topicBoost,
        int figureCandidates,
        double figureBonus,
        double undatedFactor,
        double monthFactor,
        double nearMonthFactor,
        double yearFactor,
        double otherTimeFactor,
        double recencyBonus,
        double recencyYears) {

    /** The score factor of an announcement of {@code date} for a question naming {@code dates}, asked {@code today}. */
    double dateFactor(LocalDate date, QueryDates dates, LocalDate today) {
        if (date == null) {
            return undatedFactor;
        }
        if (dates.any()) {
            double best = 0;
            for (YearMonth month : dates.months()) {
                long gap = ChronoUnit.MONTHS.between(month, YearMonth.from(date));
                if (gap >= -2 && gap <= 1) {
                    return monthFactor;
                }
                if (gap >= -6 && gap <= 2) {
                    best = nearMonthFactor;
                }
            }
            if (best > 0) {
                return best;
            }
            for (Year year : dates.years()) {
                if (date.getYear() == year.getValue() || (date.getYear() == year.getValue() - 1 && date.getMonthValue() >= 10)) {
                    return yearFactor;
                }
            }
            return otherTimeFactor;
        }
        double ageYears = ChronoUnit.DAYS.between(date, today) / 365.0;
        return 1.0 + recencyBonus * Math.exp(-Math.max(0, ageYears) / recencyYears);
    }
}
