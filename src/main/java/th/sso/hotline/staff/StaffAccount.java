package th.sso.hotline.staff;

import java.time.Instant;

public record StaffAccount(long id, String username, String passwordHash, Role role, Instant createdAt,
                           int failedLogins, Instant lockedUntil, boolean disabled) {
}
