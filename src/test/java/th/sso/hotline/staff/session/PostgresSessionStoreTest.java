package th.sso.hotline.staff.session;

import th.sso.hotline.staff.db.TestDatabase;

/** The console session store on PostgreSQL, in a schema of its own; fails (never skips) without PostgreSQL. */
class PostgresSessionStoreTest extends SessionStoreContract {

    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
