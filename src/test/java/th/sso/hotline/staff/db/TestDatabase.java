package th.sso.hotline.staff.db;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A migrated database for repository tests: a private in-memory H2 (PostgreSQL mode), or a private schema
 * on the local PostgreSQL (127.0.0.1:5432, database test, user postgres) that Flyway creates and
 * {@link #close()} drops. PostgreSQL being unreachable is a failure, never a skip.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PG_URL = th.sso.hotline.support.Databases.PG_BASE;
    public static final String PG_USER = th.sso.hotline.support.Databases.PG_USER;

    private final String url;
    private final String user;
    private final String schema;
    private final Jdbi jdbi;

    private TestDatabase(String url, String user, String schema) {
        this.url = url;
        this.user = user;
        this.schema = schema;
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                .schemas(schema == null ? new String[0] : new String[]{schema})
                .load().migrate();
        this.jdbi = Jdbi.create(url, user, "");
    }

    public static TestDatabase h2() {
        return new TestDatabase("jdbc:h2:mem:repo_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", null);
    }

    public static TestDatabase postgres() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required for these tests at " + PG_URL
                    + " (start it: pg_ctlcluster --skip-systemctl-redirect <version> main start)", e);
        }
        return new TestDatabase(PG_URL + "?currentSchema=" + schema, PG_USER, schema);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isPostgres() {
        return schema != null;
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        } else {
            try (Connection c = DriverManager.getConnection(url, user, "")) {
                c.createStatement().execute("shutdown");
            }
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }
}
