package th.sso.hotline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FloorsTest {

    private static final Map<String, Object> REPORT =
            Map.of("intents", Map.of("in_scope_accuracy", 0.70, "answered_wrong_rate", 0.06));

    @Test
    void eachHalfOfASplitSetHasItsOwnFloors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("floors.properties");
        Files.writeString(file, """
                tune.intents.in_scope_accuracy = 0.75
                locked.intents.in_scope_accuracy = 0.65
                locked.intents.answered_wrong_rate = max:0.05
                """);
        assertThat(Floors.check(REPORT, file, "tune", Set.of())).containsExactly("intents.in_scope_accuracy = 0.7 < 0.75");
        assertThat(Floors.check(REPORT, file, "locked", Set.of())).containsExactly("intents.answered_wrong_rate = 0.06 > 0.05");
        assertThat(Floors.check(REPORT, file)).containsExactly("no floor in " + file + " applies to this run");
    }

    @Test
    void unprefixedFloorsApplyOnlyWithoutASplit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("floors.properties");
        Files.writeString(file, "intents.in_scope_accuracy = 0.8\n");
        assertThat(Floors.check(REPORT, file)).containsExactly("intents.in_scope_accuracy = 0.7 < 0.8");
        assertThat(Floors.check(REPORT, file, "locked", Set.of()))
                .containsExactly("no floor in " + file + " under locked. applies to this run");
    }

    @Test
    void aFloorWhoseSectionTheReportLacksFailsInsteadOfPassing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("floors.properties");
        Files.writeString(file, """
                intents.in_scope_accuracy = 0.6
                corpus.recall_at_3 = 0.8
                """);
        assertThat(Floors.check(REPORT, file))
                .containsExactly("corpus.recall_at_3 not checked: the report has no corpus section");
        assertThat(Floors.check(REPORT, file, null, Set.of("corpus"))).isEmpty();
    }

    @Test
    void aMisspelledSectionIsReportedNotIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("floors.properties");
        Files.writeString(file, "tune.intent.in_scope_accuracy = 0.6\n");
        assertThat(Floors.check(REPORT, file, "tune", Set.of()))
                .containsExactly("tune.intent.in_scope_accuracy names no report section (answers, corpus, intents)");
    }
}
