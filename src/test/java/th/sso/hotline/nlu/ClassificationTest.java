package th.sso.hotline.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassificationTest {

    private static Classification of(String intent, double confidence, double outOfScope) {
        return new Classification(intent, intent, confidence, List.of(), List.of(), List.of(), true, outOfScope);
    }

    @Test
    void anIntentCloseToOutOfScopeIsNotAnswered() {
        assertTrue(of("old_age", 0.48, 0.20).outOfScopeTooClose(3.0));
        assertTrue(of("old_age", 0.44, 0.15).outOfScopeTooClose(3.0));
    }

    @Test
    void aClearIntentIsAnswered() {
        assertFalse(of("old_age", 0.80, 0.10).outOfScopeTooClose(3.0));
        assertFalse(of("old_age", 0.46, 0.15).outOfScopeTooClose(3.0));
    }

    @Test
    void outOfScopeItselfAndARatioOfZeroAreNeverTooClose() {
        assertFalse(of(IntentCatalog.OUT_OF_SCOPE, 0.50, 0.50).outOfScopeTooClose(3.0));
        assertFalse(of("old_age", 0.40, 0.39).outOfScopeTooClose(0.0));
    }
}
