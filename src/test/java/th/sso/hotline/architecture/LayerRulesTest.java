package th.sso.hotline.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layers of docs/architecture.md, checked: a package may import only packages of lower levels (never one of
 * its own level or above), and no packages form a cycle. The order is written here, once.
 */
class LayerRulesTest {

    private static final String BASE = "th.sso.hotline";
    /** The root package itself ({@code Application}). */
    private static final String ROOT = "";

    /** Bottom to top; packages on one level may not import each other. */
    static final List<List<String>> LEVELS = List.of(
            List.of("text", "db", "web"),
            List.of("audit"),
            List.of("privacy"),
            List.of("nlu", "knowledge"),
            List.of("dialogue"),
            List.of("conversation"),
            List.of("line", "api"),
            List.of("staff"),
            List.of("evaluation"),
            List.of("cli"),
            List.of(ROOT));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void noPackageImportsItsOwnLevelOrAHigherOne() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers();
        for (List<String> level : LEVELS) {
            for (String pkg : level) {
                layers = layers.layer(name(pkg)).definedBy(pattern(pkg));
            }
        }
        for (int i = 0; i < LEVELS.size(); i++) {
            List<String> above = new ArrayList<>();
            for (List<String> level : LEVELS.subList(i + 1, LEVELS.size())) {
                level.forEach(p -> above.add(name(p)));
            }
            for (String pkg : LEVELS.get(i)) {
                layers = above.isEmpty() ? layers.whereLayer(name(pkg)).mayNotBeAccessedByAnyLayer()
                        : layers.whereLayer(name(pkg)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
        }
        layers.check(classes);
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void subPackagesFormNoCycle() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageHasALevel() {
        List<String> known = LEVELS.stream().flatMap(List::stream).toList();
        List<String> unplaced = classes.stream().map(JavaClass::getPackageName)
                .map(p -> p.equals(BASE) ? ROOT : p.substring(BASE.length() + 1).split("\\.")[0])
                .filter(p -> !known.contains(p)).distinct().toList();
        assertThat(unplaced).as("top-level packages missing from LayerRulesTest.LEVELS").isEmpty();
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "application" : pkg;
    }

    private static String pattern(String pkg) {
        return pkg.isEmpty() ? BASE : BASE + "." + pkg + "..";
    }
}
