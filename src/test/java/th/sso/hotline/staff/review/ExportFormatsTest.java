package th.sso.hotline.staff.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import th.sso.hotline.nlu.IntentCatalog;
import th.sso.hotline.nlu.IntentFiles;
import th.sso.hotline.text.TextNormalizer;
import th.sso.hotline.staff.console.TurnView;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFormatsTest {

    private final IntentCatalog catalog = new IntentCatalog(
            IntentFiles.readIntents(Path.of("src/test/resources/staff-fixture/intents")));

    @Test
    void reviewedExamplesBecomePastableIntentYaml() throws Exception {
        List<ReviewRepository.ReviewedExample> reviewed = List.of(
                new ReviewRepository.ReviewedExample(1, "โดนเลย์ออฟ ทำไงดี", "th", "unemployment", "wrong"),
                new ReviewRepository.ReviewedExample(2, "โดนเลย์ออฟ  ทำไงดีีี", "th", "unemployment", "wrong"),
                new ReviewRepository.ReviewedExample(3, "ตกงานได้เงินไหม", "th", "unemployment", "right"),
                new ReviewRepository.ReviewedExample(4, "my company closed: do I get paid?", "en", "unemployment", "wrong"),
                new ReviewRepository.ReviewedExample(5, "โทร [phone] กลับด้วย", "th", "maternity", "wrong"),
                new ReviewRepository.ReviewedExample(6, "ท้อง 5 เดือนเบิกอะไรได้", "th", "maternity", "wrong"),
                new ReviewRepository.ReviewedExample(7, "x", "th", "no_such_intent", "wrong"));
        String yaml = new ExamplesYaml(catalog, new TextNormalizer()).write(reviewed, null, LocalDate.of(2026, 3, 10));

        assertThat(yaml).startsWith("# Reviewed examples").contains("# intents/unemployment.yaml", "# intents/maternity.yaml");
        assertThat(yaml).as("the question with a masked phone number is reported, not silently dropped")
                .contains("# Left out: 1 reviewed question(s) that held personal data").doesNotContain("โทร [phone]");
        assertThat(ExamplesYaml.withPersonalData(reviewed, "unemployment")).isZero();
        List<JsonNode> docs = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            mapper.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
        }
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).path("id").asText()).isEqualTo("maternity");
        assertThat(docs.get(0).path("examples").path("th")).extracting(JsonNode::asText).containsExactly("ท้อง 5 เดือนเบิกอะไรได้");
        JsonNode unemployment = docs.get(1).path("examples");
        assertThat(unemployment.path("th")).extracting(JsonNode::asText).containsExactly("โดนเลย์ออฟ ทำไงดี");
        assertThat(unemployment.path("en")).extracting(JsonNode::asText).containsExactly("my company closed: do I get paid?");
        assertThat(new ExamplesYaml(catalog, new TextNormalizer()).write(reviewed, "maternity", LocalDate.of(2026, 3, 10)))
                .doesNotContain("unemployment");
    }

    @Test
    void csvHasABomThaiTextAndNoFormulas() throws Exception {
        StringWriter out = new StringWriter();
        try (TurnsCsv csv = new TurnsCsv(out)) {
            csv.write(new TurnView(7, 3, Instant.parse("2026-03-10T05:00:00Z"), "line", "text", "=HYPERLINK(\"x\")",
                    "ตอบ, \"ใช่\"\nบรรทัดสอง", null, "unemployment", 0.87654, false, false, "th", null, null, 120, "sent",
                    null, null, "wrong", "maternity", "anna", "-ถามเรื่องแว่น"));
        }
        String text = out.toString();
        assertThat(text).startsWith(TurnsCsv.BOM);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("time_bangkok")).isEqualTo("2026-03-10 12:00:00");
            assertThat(r.get("question")).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(r.get("reply")).isEqualTo("ตอบ, \"ใช่\"\nบรรทัดสอง");
            assertThat(r.get("confidence")).isEqualTo("0.877");
            assertThat(r.get("review")).isEqualTo("wrong");
            assertThat(r.get("correct_intent")).isEqualTo("maternity");
            assertThat(r.get("reviewer")).isEqualTo("anna");
            assertThat(r.get("review_note")).isEqualTo("'-ถามเรื่องแว่น");
        });
    }
}
