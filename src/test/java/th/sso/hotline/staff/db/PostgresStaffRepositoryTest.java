package th.sso.hotline.staff.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console's repositories on PostgreSQL, in a schema of their own that Flyway creates and the test
 * drops. Fails (never skips) when PostgreSQL is not running.
 */
class PostgresStaffRepositoryTest extends StaffRepositoryContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }

    @Test
    void runsOnPostgresInItsOwnSchema() {
        assertThat(db.isPostgres()).isTrue();
        assertThat(strings("select current_schema()").get(0))
                .startsWith("t_");
        assertThat(strings("select version()").get(0))
                .startsWith("PostgreSQL");
    }
}
