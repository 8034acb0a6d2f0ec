package th.sso.hotline.audit;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;

/** The audit log: who did what to which conversation or account, and when. */
@Singleton
public class AuditLog {

    public static final String CITIZEN = "citizen";
    public static final String SYSTEM = "system";

    private final Jdbi jdbi;

    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.clock = clock;
        this.jdbi = jdbi;
    }

    public void record(String actor, String action, String target, String detail) {
        jdbi.useHandle(h -> h.createUpdate("""
                insert into audit_log(at, actor, action, target, detail) values(:at, :actor, :action, :target, :detail)""")
                .bind("at", clock.instant()).bind("actor", cut(actor, 64)).bind("action", cut(action, 64))
                .bind("target", cut(target, 128)).bind("detail", cut(detail, 2000)).execute());
    }

    /** Newest first; {@code action} empty for all. */
    public List<AuditEntry> page(String action, int offset, int limit) {
        boolean all = action == null || action.isBlank();
        return jdbi.withHandle(h -> h.createQuery("select * from audit_log"
                        + (all ? "" : " where action = :action") + " order by at desc, id desc limit :n offset :o")
                .bind("action", action).bind("n", limit).bind("o", offset)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("detail")))
                .list());
    }

    public List<String> actions() {
        return jdbi.withHandle(h -> h.createQuery("select distinct action from audit_log order by action")
                .mapTo(String.class).list());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
