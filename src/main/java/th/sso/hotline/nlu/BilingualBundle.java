package th.sso.hotline.nlu;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A resource bundle in Thai and English ({@code i18n/<name>_th.properties}, {@code _en}), the one way the citizen-facing
 * texts are loaded. A text without arguments is returned as written; with arguments it is a {@link MessageFormat}
 * pattern, formatted without locale-specific number forms.
 */
public final class BilingualBundle {

    private final ResourceBundle thai;
    private final ResourceBundle english;

    /** @param baseName e.g. {@code i18n.bot} */
    public BilingualBundle(String baseName) {
        this.thai = ResourceBundle.getBundle(baseName, Locale.forLanguageTag("th"));
        this.english = ResourceBundle.getBundle(baseName, Locale.ENGLISH);
    }

    public String get(Language lang, String key, Object... args) {
        String pattern = (lang == Language.EN ? english : thai).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
