package th.sso.hotline.staff.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** axe-core's WCAG 2.1 A/AA and best-practice rules run on the page a browser shows; what breaks them badly. */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private Accessibility() {
    }

    /** Serious and critical violations, one line each: rule, impact, the elements and why. Empty when none. */
    static List<String> seriousViolations(WebDriver driver) {
        List<Rule> violations = new AxeBuilder().withTags(TAGS).analyze(driver).getViolations();
        return violations.stream().filter(v -> BLOCKING.contains(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getNodes().stream()
                        .map(n -> n.getTarget() + " " + summary(n)).collect(Collectors.joining(" | ")))
                .toList();
    }

    private static String summary(CheckedNode node) {
        String s = node.getFailureSummary();
        return s == null ? "" : s.replace('\n', ' ');
    }
}
