package th.sso.hotline.audit;

import java.time.Instant;

/** One recorded staff (or citizen privacy) action. Never holds the personal data acted upon. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail) {
}
