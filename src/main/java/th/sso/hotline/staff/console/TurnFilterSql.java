package th.sso.hotline.staff.console;

import org.jdbi.v3.core.statement.SqlStatement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link TurnFilter} as a portable SQL condition over {@code turn t join conversation c}, with its binds. */
public final class TurnFilterSql {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();

    public TurnFilterSql(TurnFilter f, double lowConfidence) {
        if (f.from() != null) {
            add("t.created_at >= :from", "from", f.from().atStartOfDay(TurnFilter.ZONE).toInstant());
        }
        if (f.to() != null) {
            add("t.created_at < :to", "to", f.to().plusDays(1).atStartOfDay(TurnFilter.ZONE).toInstant());
        }
        if (f.blankToNull(f.intent()) != null) {
            add("t.intent = :intent", "intent", f.intent().strip());
        }
        if (f.onlyProblems()) {
            add("t.kind in ('text', 'postback') and t.reply_text is not null "
                    + "and (t.fallback = true or t.confidence < :low)", "low", lowConfidence);
        }
        if (f.onlyHandedOff()) {
            conditions.add("(t.handoff = true or c.handoff_state <> 'BOT')");
        }
        if (f.blankToNull(f.lang()) != null) {
            add("t.lang = :lang", "lang", f.lang().strip());
        }
        if (f.blankToNull(f.channel()) != null) {
            add("c.channel = :channel", "channel", f.channel().strip());
        }
        if (f.text() != null) {
            add("(lower(t.question) like :q escape '!' or lower(t.reply_text) like :q escape '!')", "q",
                    "%" + f.text().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        binds.put(name, value);
    }

    /** " where ..." or "" */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <S extends SqlStatement<S>> S bind(S statement) {
        binds.forEach(statement::bind);
        return statement;
    }
}
