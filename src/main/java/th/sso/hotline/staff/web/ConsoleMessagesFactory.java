package th.sso.hotline.staff.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The console's UI text in Thai and English, from {@code i18n/console_*.properties}, for Thymeleaf's {@code #{...}}. */
@Factory
class ConsoleMessagesFactory {

    static final String BUNDLE = "i18n.console";

    @Singleton
    MessageSource consoleMessages() {
        return new ResourceBundleMessageSource(BUNDLE);
    }
}
