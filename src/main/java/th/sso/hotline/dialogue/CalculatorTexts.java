package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.rules.FigureBook;
import th.sso.hotline.knowledge.rules.FigureVersion;
import th.sso.hotline.nlu.Language;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The sentences of the calculators ({@code calc.*} in the bot bundle) and the closing line naming the rule used. */
@Singleton
public class CalculatorTexts {

    private final BotTexts texts;
    private final FigureBook figures;

    public CalculatorTexts(BotTexts texts, FigureBook figures) {
        this.texts = texts;
        this.figures = figures;
    }

    String get(Language lang, String key, Object... args) {
        return texts.get(lang, key, args);
    }

    Calculation.Ask ask(Language lang, String slot) {
        return new Calculation.Ask(slot, texts.get(lang, "calc.ask." + slot));
    }

    /**
     * The lead sentence, then the newest rule it rests on: since when it applies and when it was last confirmed. Only a
     * figure worked out from a wage adds that the real amount depends on the wage the employer reported.
     */
    Calculation.Result result(Language lang, String lead, CalculationRules rules, Calculation followUp) {
        LocalDate day = rules.day();
        List<FigureVersion> used = rules.used().stream().map(id -> figures.on(id, day)).toList();
        LocalDate since = used.stream().map(FigureVersion::from).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate confirmed = used.stream().map(FigureVersion::confirmed).max(Comparator.naturalOrder()).orElseThrow();
        String basis = texts.get(lang, rules.wageBased() ? "calc.basis.wage" : "calc.basis", DisplayDates.format(since, lang), DisplayDates.format(confirmed, lang));
        return new Calculation.Result(lead + "\n" + basis, rules.used(), followUp);
    }

    CalculationRules rules(LocalDate day) {
        return new CalculationRules(figures, day);
    }
}
