package th.sso.hotline.web;

import java.util.function.BiConsumer;

/**
 * The browser-hardening headers every response carries, written once: the staff console's filter puts them on
 * everything Micronaut answers, and the webhook's signature gate on the refusals it writes itself in Netty.
 */
public final class SecurityHeaders {

    /** Scripts, styles and everything else from this server only; never framed. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /**
     * Sets the headers through {@code set}. A response that is not a static asset is never cached: pages and API
     * answers may show personal data.
     */
    public static void apply(BiConsumer<String, String> set, String contentSecurityPolicy, boolean cacheable) {
        set.accept("X-Content-Type-Options", "nosniff");
        set.accept("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: with no-referrer Chrome sends "Origin: null" on the console's own form posts.
        set.accept("Referrer-Policy", "same-origin");
        set.accept("Content-Security-Policy", contentSecurityPolicy);
        if (!cacheable) {
            set.accept("Cache-Control", "no-store");
            set.accept("Pragma", "no-cache");
        }
    }
}
