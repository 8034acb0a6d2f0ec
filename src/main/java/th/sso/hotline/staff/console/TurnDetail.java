package th.sso.hotline.staff.console;

import java.util.List;

/** A transcript line: the turn, how it was decided and what it cited, and the quick replies it offered. */
public record TurnDetail(TurnView turn, Explanation explanation, List<Explanation.Source> citations,
                         List<QuickReplies.Choice> choices) {
}
