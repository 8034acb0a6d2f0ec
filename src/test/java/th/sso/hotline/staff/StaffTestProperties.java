package th.sso.hotline.staff;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Settings the staff console's tests share, passed through each test's TestPropertyProvider (not a shared
 * application-test.yml): a private in-memory H2 database, the small fixture intents, a known admin password.
 */
public final class StaffTestProperties {

    public static final String ADMIN_PASSWORD = "admin-password-1";

    private StaffTestProperties() {
    }

    /**
     * {@link #h2()} for the browser tests: LINE calls go to the stand-in at {@code lineBaseUrl}, and the answer
     * threshold is stricter, as three fixture intents spread the probability less than the full catalogue does: so an
     * unrelated question (glasses) is a fallback here as it is in production.
     */
    public static Map<String, String> browser(String lineBaseUrl) {
        Map<String, String> p = h2();
        p.put("line.api-base-url", lineBaseUrl);
        p.put("hotline.dialogue.answer-threshold", "0.6");
        return p;
    }

    public static Map<String, String> h2() {
        return with("jdbc:h2:mem:staff_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa");
    }

    public static Map<String, String> with(String jdbcUrl, String user) {
        Map<String, String> p = new HashMap<>();
        p.put("datasources.default.url", jdbcUrl);
        p.put("datasources.default.username", user);
        p.put("datasources.default.password", "");
        p.put("datasources.default.maximum-pool-size", "4");
        p.put("hotline.intents-dir", "src/test/resources/staff-fixture/intents");
        p.put("hotline.staff.admin-password", ADMIN_PASSWORD);
        p.put("hotline.privacy.user-key-secret", "staff-console-test-key");
        p.put("line.channel-secret", "staff-test-secret");
        p.put("line.channel-access-token", "staff-test-token");
        p.put("line.retry-max-attempts", "2");
        p.put("line.retry-initial-backoff", "20ms");
        p.put("line.loading-indicator-after", "60s");
        p.put("micronaut.server.port", "-1");
        return p;
    }
}
