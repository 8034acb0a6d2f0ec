package th.sso.hotline.staff.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentDefinition;
import th.sso.hotline.nlu.Language;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Makes the {@link Formats} for a request's language (the console's language cookie, Thai by default). */
@Singleton
public class ConsoleFormats {

    private final Map<String, String> titlesTh;
    private final Map<String, String> titlesEn;
    private final MessageSource messages;
    private final LocaleResolver<HttpRequest<?>> locales;
    private final ZoneId zone;

    ConsoleFormats(IntentCatalog catalog, MessageSource messages,
                   LocaleResolver<HttpRequest<?>> locales,
                   @Value("${hotline.handoff.office-hours-zone:Asia/Bangkok}") ZoneId zone) {
        this.titlesTh = titles(catalog, Language.TH);
        this.titlesEn = titles(catalog, Language.EN);
        this.messages = messages;
        this.locales = locales;
        this.zone = zone;
    }

    public Formats of(HttpRequest<?> request) {
        return of(locales.resolveOrDefault(request));
    }

    public Formats of(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return new Formats(locale, zone, english ? titlesEn : titlesTh, messages);
    }

    private static Map<String, String> titles(IntentCatalog catalog, Language lang) {
        return catalog.all().stream().filter(i -> i.title() != null)
                .collect(Collectors.toUnmodifiableMap(IntentDefinition::id, i -> i.title().in(lang)));
    }
}
