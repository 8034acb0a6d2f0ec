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

    @Inject
    th.sso.hotline.nlu.IntentCatalog catalog;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

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
        // answered, so at least the answer threshold (hotline.dialogue.answer-threshold, 0.40)
        assertThat(r.get("confidence").asDouble()).isBetween(0.40, 1.0);
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
    void cardsShowTheAnswersOwnSourcesFirstWithEnglishTitlesForAnEnglishReader() {
        JsonNode r = ask(Map.of("text", "how much is the child allowance per month?"));
        var intent = catalog.get("child_allowance");
        java.util.Set<String> own = new java.util.HashSet<>();
        intent.sources().forEach(s -> own.add(s.url()));
        intent.specifics().forEach(sp -> sp.sources().forEach(s -> own.add(s.url())));
        assertThat(r.path("citations").path(0).path("url").asText()).isIn(own);
        JsonNode cards = r.path("messages").path(1);
        assertThat(cards.path("type").asText()).isEqualTo("flex");
        assertThat(cards.path("altText").asText()).startsWith("Related announcements")
                .doesNotContainPattern("[\\u0E00-\\u0E7F]");
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
    void theWageAskedForIsReadFromTheNextMessageOnAnyReplica() {
        // The calculation asks for the wage; the conversation's memory (in the database) holds what was asked.
        JsonNode asked = ask(Map.of("text", "ถูกเลิกจ้าง ได้เงินว่างงานเท่าไหร่", "userId", "api-memory"));
        assertThat(asked.path("messages").path(0).path("text").asText()).contains("เงินเดือน");
        JsonNode r = ask(Map.of("text", "15000 ค่ะ", "userId", "api-memory"));
        assertThat(r.get("intent").asText()).isEqualTo("unemployment");
        assertThat(r.path("messages").path(0).path("text").asText()).contains("9,000");
        // A changed fact is read with the remembered wage.
        JsonNode quit = ask(Map.of("text", "แล้วถ้าลาออกเองล่ะ", "userId", "api-memory"));
        assertThat(quit.path("messages").path(0).path("text").asText()).contains("4,500");
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
    void everyMalformedRequestGetsA4xxInOneProblemShape() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes());
        String[][] cases = {
                {"text/plain", "{\"text\":\"hi\"}", "415"},
                {"application/x-www-form-urlencoded", "text=hi", "415"},
                {"application/xml", "<text>hi</text>", "415"},
                {"application/json", "", "400"},
                {"application/json", "not json at all", "400"},
                {"application/json", "[1,2,3]", "400"},
                {"application/json", "\"text\"", "400"},
                {"application/json", "{\"text\":null}", "400"},
                {"application/json", "{\"text\":42}", "400"},
                {"application/json", "{\"text\":[\"a\"]}", "400"},
                {"application/json", "{\"text\":{\"a\":1}}", "400"},
                {"application/json", "{\"text\":\"hi\",\"lang\":7}", "400"},
                {"application/json", "{\"text\":\"hi\",\"lang\":\"xx\"}", "400"},
                {"application/json", "{\"text\":\"hi\",\"userId\":{}}", "400"},
                {"application/json", "{\"text\":\"hi\",\"userId\":\"" + "x".repeat(500) + "\"}", "400"},
                {"application/json", "{\"text\":\"hi\",\"userId\":\"a\\u0000b\"}", "400"},
                {"application/json", "[".repeat(5000), "400"},
        };
        for (String[] c : cases) {
            var response = client.send(java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create(server.getURL() + "/api/v1/ask"))
                            .header("Content-Type", c[0]).header("Authorization", auth)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(c[1])).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(c[0] + " " + c[1]).isEqualTo(Integer.parseInt(c[2]));
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(c[1]).startsWith("application/problem+json");
            JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
            assertThat(problem.path("title").asText()).isNotBlank();
            assertThat(problem.path("detail").asText()).isNotBlank();
        }
    }

    @Test
    void controlCharactersInTheTextAreStoredSafely() {
        JsonNode r = ask(Map.of("text", "ว่างงาน\u0000ได้เงิน\uD800เท่าไหร่", "userId", "api-nul"));
        assertThat(r.get("intent").asText()).isNotBlank();
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
