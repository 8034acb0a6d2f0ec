package th.sso.hotline.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric a panel of deploy/grafana/sso-hotline-dashboard.json queries is one this service exports: either
 * scraped from its own /prometheus (JVM, HTTP, pool meters, after one question) or registered in its code by
 * {@code meters.counter/timer("hotline....")} (the webhook's meters appear only once LINE has sent events), named
 * as Micrometer's Prometheus registry names them. A renamed meter leaves a panel empty without this.
 */
@MicronautTest(environments = "test")
class GrafanaDashboardTest {

    private static final Path DASHBOARD = Path.of("deploy/grafana/sso-hotline-dashboard.json");
    private static final Pattern CODE_METER = Pattern.compile("meters\\.(counter|timer)\\(\"([a-z_.]+)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset");
    /** Made by Prometheus itself for every target, not by the service. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void everyPanelQueriesOnlyMetricsTheServiceExports() throws IOException {
        Set<String> exported = new TreeSet<>(scraped());
        Set<String> fromCode = fromCode();
        assertThat(fromCode).as("meters found in the code").hasSizeGreaterThanOrEqualTo(10)
                .contains("hotline_events_received_total", "hotline_reply_latency_seconds_count");
        exported.addAll(fromCode);

        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(8);
        Set<String> used = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("targets").size()).as(panel.path("title").asText()).isPositive();
            for (JsonNode target : panel.path("targets")) {
                Set<String> names = metricNames(target.path("expr").asText());
                assertThat(names).as(panel.path("title").asText()).isNotEmpty();
                for (String name : names) {
                    if (!PROMETHEUS_OWN.contains(name)) {
                        assertThat(exported).as(panel.path("title").asText() + ": " + name).contains(name);
                    }
                }
                used.addAll(names);
            }
        }
        // The metrics an operator of a LINE bot must see are on the dashboard.
        assertThat(used).contains("hotline_events_failed_total", "hotline_events_undelivered_total",
                "hotline_webhook_rejected_total", "hotline_turns_total", "jvm_memory_used_bytes");
    }

    @Test
    void metricNamesAreReadFromPromQl() {
        assertThat(metricNames("histogram_quantile(0.95, sum by (le) (rate(http_server_requests_seconds_bucket"
                + "{job=~\"$job\",uri=\"/api/v1/ask\"}[5m])))")).containsExactly("http_server_requests_seconds_bucket");
        assertThat(metricNames("sum(rate(a_total[5m])) / sum(rate(b_total{x=\"y\"}[5m]))")).containsExactly("a_total", "b_total");
    }

    private Set<String> scraped() {
        http.toBlocking().retrieve(HttpRequest.POST("/api/v1/ask", Map.of("text", "สวัสดีครับ"))
                .basicAuth("admin", "test-admin-password"));
        String text = http.toBlocking().retrieve(HttpRequest.GET("/prometheus").basicAuth("admin", "test-admin-password"));
        Set<String> names = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                Matcher m = IDENTIFIER.matcher(line);
                if (m.lookingAt()) {
                    names.add(m.group());
                }
            }
        }
        assertThat(names).contains("jvm_memory_used_bytes", "hotline_turns_total");
        return names;
    }

    private static Set<String> fromCode() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE_METER.matcher(Files.readString(file));
                while (m.find()) {
                    String base = m.group(2).replace('.', '_');
                    if (m.group(1).equals("counter")) {
                        names.add(base + "_total");
                    } else {
                        names.addAll(Set.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max"));
                    }
                }
            }
        }
        return names;
    }

    /** The metric names of a PromQL expression: identifiers outside label matchers and ranges that are not functions. */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String rest = bare.substring(m.end()).stripLeading();
            if (!rest.startsWith("(") && !PROMQL_WORDS.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }
}
