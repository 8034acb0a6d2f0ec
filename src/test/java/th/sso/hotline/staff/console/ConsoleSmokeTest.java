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
import th.sso.hotline.dialogue.StatementReview;
import th.sso.hotline.knowledge.rules.FigureBook;
import th.sso.hotline.knowledge.rules.FigureReview;
import th.sso.hotline.staff.StaffTestProperties;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
                "/console/simulator", "simulator.title", "/console/accounts", "accounts.title", "/console/audit", "audit.title", "/console/deliveries", "deliveries.title",
                "/console/rules", "rules.title");
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

    @Inject
    FigureBook figures;

    @Inject
    StatementReview statements;

    @Inject
    Clock clock;

    @Test
    void theRulesPageListsTheFiguresAndStatementsStaffShouldCheck() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Bangkok")));
        List<String> dueFigures = FigureReview.findings(figures, today).stream().map(f -> f.figure().id()).toList();
        List<StatementReview.Finding> toCheck = statements.findings();
        var page = Jsoup.parse(client.toBlocking().retrieve(HttpRequest.GET("/console/rules")
                .basicAuth("admin", StaffTestProperties.ADMIN_PASSWORD)));
        // a figure confirmed long ago, or due to change, is listed by its id; every statement found is a row
        assertThat(page.select("#figures-to-check tbody tr td:first-child code").eachText())
                .containsExactlyElementsOf(dueFigures);
        assertThat(dueFigures).as("figures.yaml has figures whose last confirmation is over a year old").isNotEmpty();
        assertThat(page.select("#statements-to-check tbody tr")).hasSize(toCheck.size());
        assertThat(toCheck).as("every curated statement is checked against its cited announcements").isNotEmpty();
        assertThat(page.select("nav a[href=/console/rules]")).isNotEmpty();
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
