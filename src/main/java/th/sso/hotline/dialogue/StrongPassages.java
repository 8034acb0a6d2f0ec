package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.search.PassageHit;
import th.sso.hotline.knowledge.search.PassageFinder;
import th.sso.hotline.text.StopWords;
import th.sso.hotline.text.TextAnalysis;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * For a question no intent fits: the announcements about its subject, and whether the best one is a real
 * match (most of the words the question is about, including a domain concept, appear in it). Question and
 * function words ("how many", "did", "เท่าไหร่") are left out of that count: an announcement answers them
 * without repeating them, and English questions carry several of them, so counting them kept English
 * questions from ever matching their announcement. Only a strong match is shown as an answer; otherwise the
 * passages are offered as possibly related, with the fallback.
 */
@Singleton
public class StrongPassages {

    private static final double MIN_COVERAGE = 0.7;
    private static final int MIN_MATCHED = 3;

    public record Found(List<PassageHit> hits, boolean strong) {
    }

    private final PassageFinder search;
    private final TextAnalysis analysis;

    public StrongPassages(PassageFinder search, TextAnalysis analysis) {
        this.search = search;
        this.analysis = analysis;
    }

    public Found find(String question) {
        Set<String> asked = new LinkedHashSet<>(analysis.tokens(question));
        asked.removeAll(StopWords.questionTerms());
        if (asked.stream().noneMatch(TextAnalysis::isConcept)) {
            return new Found(List.of(), false);
        }
        List<PassageHit> hits = search.search(question, null, AnswerBuilder.SUPPORTING);
        if (hits.isEmpty()) {
            return new Found(List.of(), false);
        }
        Set<String> found = new HashSet<>(analysis.tokens(hits.get(0).title() + "\n" + hits.get(0).text()));
        long matched = asked.stream().filter(found::contains).count();
        boolean strong = matched >= MIN_MATCHED && matched >= MIN_COVERAGE * asked.size()
                && asked.stream().filter(TextAnalysis::isConcept).anyMatch(found::contains);
        return new Found(hits, strong);
    }
}
