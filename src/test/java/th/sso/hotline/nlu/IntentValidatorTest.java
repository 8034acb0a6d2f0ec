package th.sso.hotline.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data validator over the project's {@code intents/}, and each mistake it must report. */
class IntentValidatorTest {

    private static final String GOOD = """
            id: %s
            category: benefits
            title: {th: เรื่อง, en: Topic}
            examples:
              th: [%s]
            answer: {th: คำตอบ, en: The answer}
            %s
            """;

    @TempDir
    Path dir;

    @Test
    void theProjectsIntentsAreValid() {
        List<IntentDefinition> intents = IntentFiles.readIntents(Path.of("intents"));
        assertThat(IntentValidator.problems(intents)).isEmpty();
        IntentCatalog catalog = new IntentCatalog(intents);
        assertThat(catalog.menu()).containsExactly("unemployment", "sickness_benefit", "maternity", "child_allowance",
                "old_age", "section33_registration", "section39", "section40", "contribution_rates", "check_rights",
                "hospital_change", "dental");
        assertThat(intents.stream().filter(i -> !i.isTopic()).map(IntentDefinition::id))
                .containsExactlyInAnyOrder("greeting", "thanks_goodbye", "help", "talk_to_staff", "out_of_scope",
                        "complaint");
        assertThat(intents.stream().filter(i -> !i.citesPassages()).map(IntentDefinition::id))
                .containsExactlyInAnyOrder("greeting", "thanks_goodbye", "help", "talk_to_staff", "out_of_scope");
    }

    @Test
    void anUnknownKeyIsReportedWithItsFile() throws IOException {
        write("a", "a1", "categroy: benefits");
        assertThatThrownBy(() -> IntentFiles.readIntents(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a.yaml: unknown key \"categroy\" (known keys there: ");
    }

    @Test
    void anUnknownCategoryIsReported() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), String.format(GOOD, "a", "a1", "").replace("benefits", "benefit"));
        assertThatThrownBy(() -> IntentFiles.readIntents(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a.yaml: ").hasMessageContaining("\"benefit\"");
    }

    @Test
    void aQuickReplyToAnUnknownIntentIsReported() throws IOException {
        write("a", "a1", "quick_replies: [{intent: b}]");
        assertThatThrownBy(() -> IntentFiles.readIntents(dir))
                .hasMessageContaining("a: quick reply to unknown intent b");
    }

    @Test
    void aMissingEnglishAnswerIsReported() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), String.format(GOOD, "a", "a1", "").replace(", en: The answer", ""));
        assertThatThrownBy(() -> IntentFiles.readIntents(dir))
                .hasMessageContaining("a: answer has no English text");
    }

    @Test
    void oneExampleUnderTwoIntentsIsReported() throws IOException {
        write("a", "ถามเรื่องเดียวกัน", "");
        write("b", "ถามเรื่องเดียวกัน", "");
        assertThatThrownBy(() -> IntentFiles.readIntents(dir))
                .hasMessageContaining("b: example \"ถามเรื่องเดียวกัน\" is also under a");
    }

    @Test
    void specificsAreLoadedAndChecked() throws IOException {
        write("a", "a1", """
                specifics:
                - id: a_rate
                  question: {th: อัตราเท่าไหร่, en: What rate}
                  examples: {th: [อัตราเท่าไร], en: [what rate], mixed: []}
                  answer: {th: ร้อยละ 5, en: 5 percent}
                  sources: [{url: 'https://www.sso.go.th/', title: SSO, date: 2024-01-31}]
                  effective: 2024-02-01
                - id: a_rate
                  question: {th: อีกข้อ, en: Another}
                  answer: {th: ตอบ}
                """.replace("\n", "\n            ").strip());
        assertThatThrownBy(() -> IntentFiles.readIntents(dir))
                .hasMessageContaining("a: specific id a_rate is used twice")
                .hasMessageContaining("a: specific a_rate answer has no English text");
    }

    @Test
    void aValidSpecificLoads() throws IOException {
        write("a", "a1", """
                specifics:
                - id: a_rate
                  question: {th: อัตราเท่าไหร่, en: What rate}
                  examples: {th: [อัตราเท่าไร], en: [what rate], mixed: []}
                  answer: {th: ร้อยละ 5, en: 5 percent}
                  sources: [{url: 'https://www.sso.go.th/', title: SSO, date: 2024-01-31}]
                  effective: 2024-02-01
                  slots: {wage: 15000}
                """.replace("\n", "\n            ").strip());
        IntentDefinition.Specific specific = IntentFiles.readIntents(dir).get(0).specifics().get(0);
        assertThat(specific.answer().en()).isEqualTo("5 percent");
        assertThat(specific.effective()).hasToString("2024-02-01");
        assertThat(specific.slots()).containsEntry("wage", 15000);
    }

    private void write(String id, String example, String extra) throws IOException {
        Files.writeString(dir.resolve(id + ".yaml"), String.format(GOOD, id, example, extra).stripIndent());
    }
}
