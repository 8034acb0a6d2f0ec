package th.sso.hotline.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Databases for tests: an H2 file per test, or a fresh schema in the PostgreSQL on 127.0.0.1:5432
 * (CI makes sure it runs; a test that needs it fails rather than skips when it does not).
 */
public final class Databases {

    public static final String PG_BASE = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = System.getProperty("test.postgres.user", "postgres");

    private Databases() {
    }

    public static Map<String, Object> h2File(String path) {
        return Map.of("datasources.default.url",
                "jdbc:h2:file:" + path + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "datasources.default.username", "sa", "datasources.default.password", "");
    }

    /** A schema of its own in the shared PostgreSQL; drop it with {@link PostgresSchema#close()}. */
    public static PostgresSchema postgresSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(PG_BASE, PG_USER, ""); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_BASE + " is required for this test: " + e.getMessage(), e);
        }
        return new PostgresSchema(schema);
    }

    public record PostgresSchema(String schema) implements AutoCloseable {

        public String url() {
            return PG_BASE + "?currentSchema=" + schema;
        }

        public Map<String, Object> properties() {
            return Map.of("datasources.default.url", url(), "datasources.default.username", PG_USER,
                    "datasources.default.password", "");
        }

        @Override
        public void close() {
            try (Connection c = DriverManager.getConnection(PG_BASE, PG_USER, ""); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
