package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.Language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The assistant's own sentences (fallback, welcome, labels) in Thai and English, from {@code i18n/bot_*.properties}. */
@Singleton
public class BotTexts {

    private final ResourceBundle thai = ResourceBundle.getBundle("i18n.bot", Locale.forLanguageTag("th"));
    private final ResourceBundle english = ResourceBundle.getBundle("i18n.bot", Locale.ENGLISH);

    public String get(Language lang, String key, Object... args) {
        String pattern = (lang == Language.EN ? english : thai).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
