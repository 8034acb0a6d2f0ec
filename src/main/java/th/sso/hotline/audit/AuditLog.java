package th.sso.hotline.audit;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
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
        return page(action, null, null, null, offset, limit);
    }

    /**
     * Newest first, narrowed by whichever of these is given: the action; a user, as the one who acted or the account
     * acted on (so failed sign-ins aimed at an account are found under its name); {@code from} inclusive and
     * {@code to} exclusive.
     */
    public List<AuditEntry> page(String action, String user, Instant from, Instant to, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (action != null && !action.isBlank()) {
            where.append(" and action = :action");
        }
        if (user != null && !user.isBlank()) {
            where.append(" and (actor = :user or target = :account)");
        }
        if (from != null) {
            where.append(" and at >= :from");
        }
        if (to != null) {
            where.append(" and at < :to");
        }
        return jdbi.withHandle(h -> h.createQuery("select * from audit_log" + where
                        + " order by at desc, id desc limit :n offset :o")
                .bind("action", action).bind("user", user).bind("account", "account:" + user)
                .bind("from", from).bind("to", to).bind("n", limit).bind("o", offset)
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
