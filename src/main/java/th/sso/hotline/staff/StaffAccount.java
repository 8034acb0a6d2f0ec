package th.sso.hotline.staff;

import java.time.Instant;

public record StaffAccount(long id, String username, String passwordHash, Role role, Instant createdAt,
                           int failedLogins, Instant lockedUntil, boolean disabled,
                           boolean mustChangePassword) {

    /** The sign-in attribute of an account that must choose a new password before anything else. */
    public static final String MUST_CHANGE_PASSWORD = "mustChangePassword";
}
