package th.sso.hotline.staff.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.sso.hotline.staff.StaffTestProperties;

import java.util.Map;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSmokeTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return StaffTestProperties.h2();
    }

    @Test
    void everyPageRenders() {
        Map<String, String> titles = Map.of("/console", "dashboard.title", "/console/conversations", "conversations.title",
                "/console/unanswered", "unanswered.title", "/console/handoffs", "handoffs.title",
                "/console/simulator", "simulator.title", "/console/accounts", "accounts.title", "/console/audit", "audit.title", "/console/deliveries", "deliveries.title");
        ResourceBundle th = ResourceBundle.getBundle("i18n.console", Locale.forLanguageTag("th"));
        ResourceBundle en = ResourceBundle.getBundle("i18n.console", Locale.ENGLISH);
        titles.forEach((path, key) -> {
            String body = client.toBlocking().retrieve(HttpRequest.GET(path).basicAuth("admin", StaffTestProperties.ADMIN_PASSWORD));
            // the page's own heading, rendered from its bundle key, in whichever language the console chose
            assertThat(Jsoup.parse(body).select("h1").text()).as(path).isIn(th.getString(key), en.getString(key));
        });
        String login = client.toBlocking().retrieve(HttpRequest.GET("/login"));
        assertThat(login).contains("csrfToken");
    }

    @Test
    void aLaterPageLinksBackToThePageBeforeWithItsFilters() {
        assertThat(pagerLinks("/console/audit?action=staff.login&user=admin&from=2026-01-01&page=2"))
                .containsExactly("/console/audit?action=staff.login&user=admin&from=2026-01-01&to=&page=1");
        assertThat(pagerLinks("/console/deliveries?page=3")).containsExactly("/console/deliveries?page=2");
    }

    private java.util.List<String> pagerLinks(String path) {
        String body = client.toBlocking().retrieve(HttpRequest.GET(path).basicAuth("admin", StaffTestProperties.ADMIN_PASSWORD));
        return Jsoup.parse(body).select("main nav a").eachAttr("href");
    }
}
