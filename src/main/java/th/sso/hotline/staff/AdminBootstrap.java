package th.sso.hotline.staff;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;

/** On first start, with no staff accounts, creates {@code admin} so somebody can log in. */
@Singleton
@Requires(property = "hotline.staff.bootstrap-admin", notEquals = "false")
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final StaffProperties properties;

    AdminBootstrap(StaffAccounts accounts, PasswordHasher hasher, StaffProperties properties) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.properties = properties;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        String password = properties.getAdminPassword();
        boolean generated = password.isBlank();
        if (generated) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        if (accounts.create("admin", hasher.hash(password), Role.ADMIN) && generated) {
            LOG.warn("Created staff account 'admin' with the one-time password: {}  (set STAFF_ADMIN_PASSWORD to choose it)",
                    password);
        } else if (generated) {
            LOG.info("Another replica created the admin account first");
        } else {
            LOG.info("Created staff account 'admin' with the password from STAFF_ADMIN_PASSWORD");
        }
    }
}
