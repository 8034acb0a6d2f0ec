package th.sso.hotline.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Staff roles; each includes the rights of the ones before it. */
public enum Role {
    VIEWER, AGENT, ADMIN;

    /** Role names as granted to an authenticated account, for {@code @Secured}. */
    public static final String VIEWER_ROLE = "viewer";
    public static final String AGENT_ROLE = "agent";
    public static final String ADMIN_ROLE = "admin";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role names granted, for security rules: an admin is also an agent and a viewer. */
    public List<String> granted() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Role::code).toList();
    }

    public static Role fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
