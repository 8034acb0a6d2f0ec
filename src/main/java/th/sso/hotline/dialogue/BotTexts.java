package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.nlu.BilingualBundle;
import th.sso.hotline.nlu.Language;


/** The assistant's own sentences (fallback, welcome, labels) in Thai and English, from {@code i18n/bot_*.properties}. */
@Singleton
public class BotTexts {

    private final BilingualBundle bundle = new BilingualBundle("i18n.bot");

    public String get(Language lang, String key, Object... args) {
        return bundle.get(lang, key, args);
    }
}
