package th.sso.hotline.conversation;

import jakarta.inject.Singleton;
import th.sso.hotline.dialogue.DialogueProperties;
import th.sso.hotline.dialogue.DisplayDates;
import th.sso.hotline.nlu.BilingualBundle;
import th.sso.hotline.nlu.Language;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the citizen is told about the handoff, from {@code i18n/handoff_*.properties}. */
@Singleton
public class HandoffTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BilingualBundle texts = new BilingualBundle("i18n.handoff");
    private final DialogueProperties dialogue;

    public HandoffTexts(DialogueProperties dialogue) {
        this.dialogue = dialogue;
    }

    /** "Staff answer from Mon 8:30; for urgent matters call 1506." */
    public String closedNotice(Language lang, ZonedDateTime opening) {
        String day = DisplayDates.format(opening.toLocalDate(), lang);
        String weekday = opening.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                lang == Language.EN ? Locale.ENGLISH : Locale.forLanguageTag("th"));
        return texts.get(lang, "handoff.closed", weekday, day, TIME.format(opening), dialogue.getHotline());
    }
}
