package th.sso.hotline.staff.web;

import io.micronaut.security.authentication.Authentication;
import th.sso.hotline.staff.Role;

import java.util.HashMap;
import java.util.Map;

/** What every console page's layout needs: who is logged in, what they may do, which page is open. */
public final class Pages {

    private Pages() {
    }

    public static Map<String, Object> model(Authentication who, String page) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("user", who.getName());
        model.put("isAgent", who.getRoles().contains(Role.AGENT_ROLE));
        model.put("isAdmin", who.getRoles().contains(Role.ADMIN_ROLE));
        return model;
    }
}
