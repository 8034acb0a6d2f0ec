package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.search.PassageHit;
import th.sso.hotline.nlu.Language;

import java.time.Clock;
import java.time.LocalDate;

/**
 * How a source's date is shown: a past measure or a draft is never presented as current, and news older
 * than a year says that the rules may have changed since.
 */
@Singleton
public class SourceLabels {

    private static final int YEARS_BEFORE_OLD = 1;

    private final BotTexts texts;
    private final Clock clock;

    public SourceLabels(BotTexts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    public String label(PassageHit hit, Language lang) {
        String date = DisplayDates.format(hit.date(), lang);
        if ("ended".equals(hit.status())) {
            return date + " · " + texts.get(lang, "source.ended");
        }
        if ("draft".equals(hit.status())) {
            return date + " · " + texts.get(lang, "source.draft");
        }
        if (hit.date() != null && !"current".equals(hit.status())
                && hit.date().isBefore(LocalDate.now(clock).minusYears(YEARS_BEFORE_OLD))) {
            return texts.get(lang, "source.old", date);
        }
        return hit.date() == null ? "" : texts.get(lang, "source.current", date);
    }
}
