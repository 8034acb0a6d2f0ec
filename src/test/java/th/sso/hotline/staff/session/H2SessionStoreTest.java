package th.sso.hotline.staff.session;

import th.sso.hotline.staff.db.TestDatabase;

/** The console session store on H2 in PostgreSQL mode (the default database). */
class H2SessionStoreTest extends SessionStoreContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
