package th.sso.hotline.staff.db;

/** The staff console's repositories on H2 in PostgreSQL mode (the default database). */
class H2StaffRepositoryTest extends StaffRepositoryContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
