package th.sso.hotline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
        assertThat(Floors.check(REPORT, file, "tune")).containsExactly("intents.in_scope_accuracy = 0.7 < 0.75");
        assertThat(Floors.check(REPORT, file, "locked")).containsExactly("intents.answered_wrong_rate = 0.06 > 0.05");
        assertThat(Floors.check(REPORT, file)).isEmpty();
    }

    @Test
    void unprefixedFloorsApplyOnlyWithoutASplit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("floors.properties");
        Files.writeString(file, "intents.in_scope_accuracy = 0.8\n");
        assertThat(Floors.check(REPORT, file)).containsExactly("intents.in_scope_accuracy = 0.7 < 0.8");
        assertThat(Floors.check(REPORT, file, "locked")).isEmpty();
    }
}
