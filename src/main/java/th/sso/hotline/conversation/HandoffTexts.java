package th.sso.hotline.conversation;

import jakarta.inject.Singleton;
import th.sso.hotline.dialogue.DialogueProperties;
import th.sso.hotline.dialogue.DisplayDates;
import th.sso.hotline.nlu.Language;

import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the citizen is told about the handoff, from {@code i18n/handoff_*.properties}. */
@Singleton
public class HandoffTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ResourceBundle thai = ResourceBundle.getBundle("i18n.handoff", Locale.forLanguageTag("th"));
    private final ResourceBundle english = ResourceBundle.getBundle("i18n.handoff", Locale.ENGLISH);
    private final DialogueProperties dialogue;

    public HandoffTexts(DialogueProperties dialogue) {
        this.dialogue = dialogue;
    }

    /** "Staff answer from Mon 8:30; for urgent matters call 1506." */
    public String closedNotice(Language lang, ZonedDateTime opening) {
        String day = DisplayDates.format(opening.toLocalDate(), lang);
        String weekday = opening.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                lang == Language.EN ? Locale.ENGLISH : Locale.forLanguageTag("th"));
        return format(lang, "handoff.closed", weekday, day, TIME.format(opening), dialogue.getHotline());
    }

    private String format(Language lang, String key, Object... args) {
        String pattern = (lang == Language.EN ? english : thai).getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
