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
    private static Classification ranked(String intent, double confidence, Classification.Candidate... next) {
        List<Classification.Candidate> all = new java.util.ArrayList<>();
        all.add(new Classification.Candidate(intent, confidence));
        all.addAll(List.of(next));
        return new Classification(intent, intent, confidence, all, List.of(), List.of(), true, 0.0);
    }

    @Test
    void anotherIntentCloseBehindIsTooCloseOutOfScopeBehindIsNot() {
        Classification.Candidate unemployment = new Classification.Candidate("unemployment", 0.30);
        Classification.Candidate outOfScope = new Classification.Candidate(IntentCatalog.OUT_OF_SCOPE, 0.30);
        assertTrue(ranked("leaving_job", 0.55, unemployment).runnerUpTooClose(2.0));
        assertFalse(ranked("leaving_job", 0.61, unemployment).runnerUpTooClose(2.0));
        // out of scope has a rule of its own; the next in-scope intent behind it is the runner-up
        assertFalse(ranked("leaving_job", 0.55, outOfScope).runnerUpTooClose(2.0));
        assertTrue(ranked("leaving_job", 0.50, outOfScope, unemployment).runnerUpTooClose(2.0));
        assertFalse(ranked("leaving_job", 0.55, unemployment).runnerUpTooClose(0.0));
        assertFalse(ranked("leaving_job", 0.55).runnerUpTooClose(2.0));
    }
}
