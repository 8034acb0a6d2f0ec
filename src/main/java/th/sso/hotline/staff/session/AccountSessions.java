package th.sso.hotline.staff.session;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Ends every console session of one account (password reset, account disabled), on every replica at once. */
@Singleton
public class AccountSessions {

    private final Jdbi jdbi;

    public AccountSessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The number of sessions ended. */
    public int endAll(String username) {
        return jdbi.withHandle(h -> h.createUpdate("delete from console_session where username = :u")
                .bind("u", username).execute());
    }
}
