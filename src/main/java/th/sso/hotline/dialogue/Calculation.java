package th.sso.hotline.dialogue;

import java.util.List;

/** What a calculator made of the slots it was given. */
public sealed interface Calculation {

    /** A figure computed for this person: {@code text} leads with the number, {@code basis} is the rule used. */
    record Result(String text, List<String> figureIds, Calculation followUp) implements Calculation {
        public Result {
            figureIds = List.copyOf(figureIds);
        }
    }

    /** One fact is missing; {@code question} asks for it in a short line. */
    record Ask(String slot, String question) implements Calculation {
    }

    /** Nothing said in the conversation is of use to this calculator. */
    record NotApplicable() implements Calculation {
    }
}
