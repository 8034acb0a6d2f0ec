package th.sso.hotline.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import th.sso.hotline.nlu.IntentModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(environments = "test")
class AskApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    IntentModel intents;

    private JsonNode ask(Map<String, Object> body) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/v1/ask", body).basicAuth("admin", "test-admin-password"),
                JsonNode.class);
    }

    private int status(HttpRequest<?> request) {
        var e = catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking().exchange(request));
        return e == null ? 200 : e.getStatus().getCode();
    }

    @Test
    void answersAThaiQuestionWithTheIntentTheMessagesAndTheSources() {
        JsonNode r = ask(Map.of("text", "คลอดลูกได้เงินกี่บาทคะ", "userId", "api-test-1"));

        assertThat(r.get("intent").asText()).isEqualTo("maternity");
        assertThat(r.get("fallback").asBoolean()).isFalse();
        assertThat(r.get("lang").asText()).isEqualTo("th");
        assertThat(r.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(r.path("messages").path(0).path("type").asText()).isEqualTo("text");
        assertThat(r.path("messages").path(0).path("text").asText()).contains("15,000");
        assertThat(r.path("citations").path(0).path("url").asText()).startsWith("https://");
        assertThat(r.path("citations").path(0).path("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void answersInEnglishWhenAskedInEnglish() {
        JsonNode r = ask(Map.of("text", "how much is the child allowance per month?"));
        assertThat(r.get("intent").asText()).isEqualTo("child_allowance");
        assertThat(r.get("lang").asText()).isEqualTo("en");
    }

    @Test
    void fallsBackHonestlyOnSomethingItCannotAnswer() {
        JsonNode r = ask(Map.of("text", "ราคาทองวันนี้เท่าไหร่"));
        assertThat(r.get("fallback").asBoolean()).isTrue();
        assertThat(r.path("messages").path(0).path("text").asText()).contains("1506");
    }

    @Test
    void followUpIsReadAgainstThePreviousTopic() {
        ask(Map.of("text", "ตกงานได้เงินชดเชยจากประกันสังคมไหม", "userId", "api-follow-up"));
        JsonNode r = ask(Map.of("text", "แล้วต้องใช้เอกสารอะไรบ้าง", "userId", "api-follow-up"));
        assertThat(r.get("intent").asText()).isEqualTo("unemployment");
    }

    @Test
    void refusesBadRequestsWithAClearError() {
        assertThat(status(HttpRequest.POST("/api/v1/ask", Map.of("text", "สวัสดี")))).isEqualTo(401);
        assertThat(status(HttpRequest.POST("/api/v1/ask", Map.of("text", "สวัสดี")).basicAuth("admin", "wrong")))
                .isEqualTo(401);
        var auth = HttpRequest.POST("/api/v1/ask", Map.of("text", "")).basicAuth("admin", "test-admin-password");
        assertThat(status(auth)).isEqualTo(400);
        assertThat(status(HttpRequest.POST("/api/v1/ask", Map.of("text", "ก".repeat(2001)))
                .basicAuth("admin", "test-admin-password"))).isEqualTo(400);
        assertThat(status(HttpRequest.POST("/api/v1/ask", Map.of("text", "hi", "lang", "fr"))
                .basicAuth("admin", "test-admin-password"))).isEqualTo(400);
        assertThat(status(HttpRequest.POST("/api/v1/ask", "{not json").basicAuth("admin", "test-admin-password")
                .contentType("application/json"))).isEqualTo(400);
    }

    @Test
    void healthIsOpenAndMetricsNeedAnAdmin() {
        intents.classifier();  // /health is DOWN until the classifier has finished training
        assertThat(status(HttpRequest.GET("/health"))).isEqualTo(200);
        // Metrics are not for anyone (a scraper uses METRICS_TOKEN; see ConsoleHardeningTest).
        assertThat(status(HttpRequest.GET("/prometheus"))).isEqualTo(401);
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus").basicAuth("admin", "test-admin-password"));
        assertThat(metrics).contains("jvm_memory");
    }
}
