package th.sso.hotline.staff;

import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;

/**
 * A failed sign-in with the account it targeted, for the audit log: the submitted name when such an account exists,
 * {@link #UNKNOWN} otherwise (a name that is no account may be a password typed into the wrong field).
 */
public class StaffAuthenticationFailed extends AuthenticationFailed {

    public static final String UNKNOWN = "unknown account";

    private final String account;

    public StaffAuthenticationFailed(AuthenticationFailureReason reason, String account) {
        super(reason);
        this.account = account;
    }

    /** "account:&lt;name&gt;" or {@link #UNKNOWN}. */
    public String target() {
        return account == null ? UNKNOWN : "account:" + account;
    }
}
