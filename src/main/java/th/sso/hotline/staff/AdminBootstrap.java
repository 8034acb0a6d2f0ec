package th.sso.hotline.staff;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * On first start, with no staff accounts, creates {@code admin} so somebody can log in. A password from
 * {@code STAFF_ADMIN_PASSWORD} shorter than the console requires of any password is warned about at every start but
 * still used: refusing to start would break the scripts and benchmarks that start the service with a throwaway
 * password, and the operator who set it is the one who can change it. Without one, a random password is generated and printed once; since a log is read by more people than
 * the admin, that password only lets its holder choose a new one at the first sign-in.
 */
@Singleton
@Context
@Requires(property = "hotline.staff.bootstrap-admin", notEquals = "false")
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccounts accounts;
    private final PasswordHasher hasher;
    private final StaffProperties properties;

    AdminBootstrap(StaffAccounts accounts, PasswordHasher hasher, StaffProperties properties) {
        String configured = properties.getAdminPassword();
        if (configured != null && !configured.isBlank() && configured.length() < StaffAccounts.MIN_PASSWORD) {
            LOG.warn("STAFF_ADMIN_PASSWORD (hotline.staff.admin-password) has {} characters; the console requires at "
                    + "least {} of any password. Use it only for trials: choose a longer one, or leave it empty to have "
                    + "a one-time password generated.", configured.length(), StaffAccounts.MIN_PASSWORD);
        }
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
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        if (accounts.create("admin", hasher.hash(password), Role.ADMIN, generated) && generated) {
            LOG.warn("Created staff account 'admin' with a one-time password, good only for choosing a new one at the "
                    + "first sign-in: {}  (or set STAFF_ADMIN_PASSWORD before the first start)", password);
        } else if (generated) {
            LOG.info("Another replica created the admin account first");
        } else {
            LOG.info("Created staff account 'admin' with the password from STAFF_ADMIN_PASSWORD");
        }
    }
}
