package th.sso.hotline.staff;

import io.micronaut.http.HttpRequest;
import th.sso.hotline.staff.StaffProperties;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;

/**
 * Who is on the other end of a request, and whether it came over TLS. {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are anyone's to send, so they count only when {@code hotline.staff.trust-forwarded-headers}
 * says the service sits behind a proxy that sets them; then the last address of X-Forwarded-For (the one the proxy
 * itself appended) is the client.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpRequest<?> request, boolean trustForwarded) {
        if (trustForwarded) {
            List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For");
            if (!forwarded.isEmpty()) {
                String last = forwarded.get(forwarded.size() - 1);
                String[] hops = last.split(",");
                String client = hops[hops.length - 1].strip();
                if (!client.isEmpty()) {
                    return client;
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    public static boolean secure(HttpRequest<?> request, StaffProperties properties) {
        if (properties.isSecureCookie() || request.isSecure()) {
            return true;
        }
        if (properties.isTrustForwardedHeaders()) {
            String proto = request.getHeaders().get("X-Forwarded-Proto");
            return proto != null && proto.strip().toLowerCase(Locale.ROOT).startsWith("https");
        }
        return false;
    }
}
