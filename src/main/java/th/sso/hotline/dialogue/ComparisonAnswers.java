package th.sso.hotline.dialogue;

import jakarta.inject.Singleton;
import th.sso.hotline.knowledge.rules.Eligibility;
import th.sso.hotline.knowledge.rules.FigureBook;
import th.sso.hotline.knowledge.rules.FigureText;
import th.sso.hotline.nlu.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Answers from the eligibility table: a side-by-side comparison of sections ("ม.33 กับ ม.39 ต่างกันยังไง"), and
 * whether one section has the benefit the conversation is about ("แล้วม.40ล่ะ" after a childbirth question).
 */
@Singleton
public class ComparisonAnswers {

    private final Eligibility table;
    private final FigureBook figures;
    private final BotTexts texts;

    public ComparisonAnswers(Eligibility table, FigureBook figures, BotTexts texts) {
        this.table = table;
        this.figures = figures;
        this.texts = texts;
    }

    /** Every benefit, one line per section asked about. {@code sections} holds two or three of 33, 39, 40. */
    public String compare(List<Integer> sections, LocalDate day, Language lang) {
        StringBuilder out = new StringBuilder(texts.get(lang, sections.size() == 2 ? "compare.title" : "compare.title3",
                sections.get(0), sections.get(1), sections.size() > 2 ? sections.get(2) : ""));
        for (Eligibility.Benefit benefit : table.benefits()) {
            out.append("\n• ").append(lang == Language.EN ? benefit.label().en() : benefit.label().th());
            for (int section : sections) {
                out.append("\n  ").append(texts.get(lang, "compare.section", section)).append(' ')
                        .append(cell(benefit.in(section), day, lang));
            }
        }
        return out.append('\n').append(texts.get(lang, "compare.outro")).toString();
    }

    /** Whether {@code section} has the benefit of {@code intentId}, when the table covers that intent. */
    public Optional<String> forSection(String intentId, int section, LocalDate day, Language lang) {
        return table.forIntent(intentId).map(benefit -> texts.get(lang, "compare.one",
                lang == Language.EN ? benefit.label().en() : benefit.label().th(), section,
                cell(benefit.in(section), day, lang)));
    }

    public List<Eligibility.Source> sources() {
        return table.sources();
    }

    private String cell(Eligibility.Cell cell, LocalDate day, Language lang) {
        String note = FigureText.render(lang == Language.EN ? cell.en() : cell.th(), figures, day);
        return texts.get(lang, "compare.covered." + cell.covered()) + " " + note;
    }
}
