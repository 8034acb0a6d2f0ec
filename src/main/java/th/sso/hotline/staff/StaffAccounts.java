package th.sso.hotline.staff;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Singleton
public class StaffAccounts {

    private static final RowMapper<StaffAccount> MAPPER = (rs, ctx) -> new StaffAccount(rs.getLong("id"),
            rs.getString("username"), rs.getString("password_hash"),
            Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
            rs.getTimestamp("created_at").toInstant(), rs.getInt("failed_logins"),
            rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant(),
            rs.getBoolean("disabled"));

    private final Jdbi jdbi;

    public StaffAccounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<StaffAccount> find(String username) {
        return jdbi.withHandle(h -> h.createQuery("select * from staff_account where username = :u")
                .bind("u", username).map(MAPPER).findOne());
    }

    public Optional<StaffAccount> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from staff_account where id = :id")
                .bind("id", id).map(MAPPER).findOne());
    }

    public void setRole(long id, Role role) {
        jdbi.useHandle(h -> h.createUpdate("update staff_account set role = :r where id = :id")
                .bind("r", role.code()).bind("id", id).execute());
    }

    public void setDisabled(long id, boolean disabled) {
        jdbi.useHandle(h -> h.createUpdate("update staff_account set disabled = :d where id = :id")
                .bind("d", disabled).bind("id", id).execute());
    }

    /** A new password also lifts a lock-out. */
    public void setPassword(long id, String passwordHash) {
        jdbi.useHandle(h -> h.createUpdate(
                        "update staff_account set password_hash = :p, failed_logins = 0, locked_until = null where id = :id")
                .bind("p", passwordHash).bind("id", id).execute());
    }

    public List<StaffAccount> all() {
        return jdbi.withHandle(h -> h.createQuery("select * from staff_account order by username").map(MAPPER).list());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from staff_account").mapTo(Long.class).one());
    }

    /** Creates the account unless one with that name exists; true when created. */
    public boolean create(String username, String passwordHash, Role role) {
        return jdbi.withHandle(h -> h.createUpdate("""
                insert into staff_account(username, password_hash, role, created_at, failed_logins, disabled)
                values(:u, :p, :r, :t, 0, false) on conflict do nothing""")
                .bind("u", username).bind("p", passwordHash).bind("r", role.code()).bind("t", Instant.now())
                .execute()) == 1;
    }

    public void recordFailure(String username, int lockAfter, Instant lockUntil) {
        jdbi.useHandle(h -> h.createUpdate("""
                update staff_account set failed_logins = failed_logins + 1,
                  locked_until = case when failed_logins + 1 >= :n then :until else locked_until end
                where username = :u""")
                .bind("n", lockAfter).bind("until", lockUntil).bind("u", username).execute());
    }

    public void recordSuccess(String username) {
        jdbi.useHandle(h -> h.createUpdate(
                        "update staff_account set failed_logins = 0, locked_until = null where username = :u and failed_logins > 0")
                .bind("u", username).execute());
    }
}
