package th.sso.hotline.deploy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped logback.xml: LOG_FORMAT=json gives one JSON object per line, without the MDC; otherwise text. */
class JsonLogsTest {

    private String logWith(String format) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        try {
            if (format != null) {
                context.putProperty("LOG_FORMAT", format);
            }
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(getClass().getResource("/logback.xml"));
            MDC.put("lineUserId", "U0123456789abcdef0123456789abcdef");
            context.getLogger("th.sso.hotline.line.EventProcessor").info("event {} answered in {} ms", "e-1", 640);
            context.getLogger("com.linecorp.bot.client").debug("request body");
        } finally {
            MDC.clear();
            context.stop();
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesCarryLevelLoggerAndMessageButNotTheMdc() throws Exception {
        String out = logWith("json").strip();
        assertThat(out.lines()).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(out);
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("logger_name").asText()).isEqualTo("th.sso.hotline.line.EventProcessor");
        assertThat(line.path("message").asText()).isEqualTo("event e-1 answered in 640 ms");
        assertThat(line.path("service").asText()).isEqualTo("sso-hotline");
        assertThat(line.has("@timestamp")).isTrue();
        assertThat(out).doesNotContain("U0123456789abcdef");
    }

    @Test
    void textIsTheDefault() throws Exception {
        String out = logWith(null);
        assertThat(out).contains("INFO", "event e-1 answered in 640 ms").doesNotContain("{\"");
    }
}
