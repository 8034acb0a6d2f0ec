package th.sso.hotline.staff;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Singleton
public class StaffAccounts {

    /** The shortest password the console accepts, also for STAFF_ADMIN_PASSWORD. */
    public static final int MIN_PASSWORD = 10;

    private static final RowMapper<StaffAccount> MAPPER = (rs, ctx) -> new StaffAccount(rs.getLong("id"),
            rs.getString("username"), rs.getString("password_hash"),
            Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)),
            rs.getTimestamp("created_at").toInstant(), rs.getInt("failed_logins"),
            rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant(),
            rs.getBoolean("disabled"), rs.getBoolean("must_change_password"));

    private final Jdbi jdbi;
    /** Cached HTTP Basic verifications, dropped whenever an account changes. */
    private final VerifiedCredentials verified;

    private final Clock clock;

    @Inject
    public StaffAccounts(Jdbi jdbi, VerifiedCredentials verified, Clock clock) {
        this.clock = clock;
        this.jdbi = jdbi;
        this.verified = verified;
    }

    /** Without a credential cache (tools and tests that only read and write accounts). */
    public StaffAccounts(Jdbi jdbi) {
        this(jdbi, null, Clock.systemUTC());
    }

    private void changed(long id) {
        if (verified != null) {
            verified.forget(id);
        }
    }

    private void changed(String username) {
        if (verified != null) {
            verified.forget(username);
        }
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
        changed(id);
        jdbi.useHandle(h -> h.createUpdate("update staff_account set role = :r where id = :id")
                .bind("r", role.code()).bind("id", id).execute());
    }

    public void setDisabled(long id, boolean disabled) {
        changed(id);
        jdbi.useHandle(h -> h.createUpdate("update staff_account set disabled = :d where id = :id")
                .bind("d", disabled).bind("id", id).execute());
    }

    /** A new password also lifts a lock-out. */
    public void setPassword(long id, String passwordHash) {
        changed(id);
        jdbi.useHandle(h -> h.createUpdate(
                        "update staff_account set password_hash = :p, failed_logins = 0, locked_until = null where id = :id")
                .bind("p", passwordHash).bind("id", id).execute());
    }

    /** Lifts a lock-out and forgets the misses that led to it. */
    public void unlock(long id) {
        jdbi.useHandle(h -> h.createUpdate("update staff_account set failed_logins = 0, locked_until = null where id = :id")
                .bind("id", id).execute());
    }

    public List<StaffAccount> all() {
        return jdbi.withHandle(h -> h.createQuery("select * from staff_account order by username").map(MAPPER).list());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from staff_account").mapTo(Long.class).one());
    }

    /** Creates the account unless one with that name exists; true when created. */
    public boolean create(String username, String passwordHash, Role role) {
        return create(username, passwordHash, role, false);
    }

    /** As {@link #create(String, String, Role)}; with {@code mustChange} the first sign-in has to set a new password. */
    public boolean create(String username, String passwordHash, Role role, boolean mustChange) {
        return jdbi.withHandle(h -> h.createUpdate("""
                insert into staff_account(username, password_hash, role, created_at, failed_logins, disabled,
                  must_change_password)
                values(:u, :p, :r, :t, 0, false, :m) on conflict do nothing""")
                .bind("u", username).bind("p", passwordHash).bind("r", role.code()).bind("t", clock.instant())
                .bind("m", mustChange).execute()) == 1;
    }

    /** The account holder chose a new password: it no longer has to change it. */
    public void changeOwnPassword(String username, String passwordHash) {
        changed(username);
        jdbi.useHandle(h -> h.createUpdate("""
                update staff_account set password_hash = :p, must_change_password = false, failed_logins = 0,
                  locked_until = null where username = :u""")
                .bind("p", passwordHash).bind("u", username).execute());
    }

    /**
     * One more wrong password; the account is locked until {@code lockUntil} when that makes {@code lockAfter} in a
     * row. A lock that has run out no longer counts: the misses start again from one.
     */
    public void recordFailure(String username, int lockAfter, Instant now, Instant lockUntil) {
        changed(username);
        jdbi.useHandle(h -> h.createUpdate("""
                update staff_account set
                  failed_logins = case when locked_until is not null and locked_until <= :now then 1
                                       else failed_logins + 1 end,
                  locked_until = case when locked_until is not null and locked_until <= :now
                                        then case when 1 >= :n then :until else null end
                                      when failed_logins + 1 >= :n then :until
                                      else locked_until end
                where username = :u""")
                .bind("n", lockAfter).bind("now", now).bind("until", lockUntil).bind("u", username).execute());
    }

    public void recordSuccess(String username) {
        jdbi.useHandle(h -> h.createUpdate(
                        "update staff_account set failed_logins = 0, locked_until = null where username = :u and (failed_logins > 0 or locked_until is not null)")
                .bind("u", username).execute());
    }
}
