package th.sso.hotline.staff.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import th.sso.hotline.staff.ClientAddress;
import th.sso.hotline.staff.StaffProperties;
import th.sso.hotline.web.SecurityHeaders;

import java.util.List;
import java.util.Locale;

/**
 * Browser hardening on every response. The console's pages load scripts and styles only from this server (no
 * inline script or style anywhere), cannot be framed, are never cached when they come from the application (they
 * show personal data), and over TLS tell the browser to stay on TLS. The session cookie is marked Secure whenever
 * the request came over TLS, also when a trusted proxy terminated it ({@code X-Forwarded-Proto: https}) or
 * {@code hotline.staff.secure-cookie} says so. It runs outside the session filter, so it sees the cookie that
 * filter set.
 */
@Filter("/**")
class SecurityHeadersFilter implements HttpServerFilter {

    private final StaffProperties properties;
    private final String sessionCookie;
    private final ApiDocsPolicy docs = new ApiDocsPolicy();

    SecurityHeadersFilter(StaffProperties properties,
                          io.micronaut.session.http.HttpSessionConfiguration sessions) {
        this.properties = properties;
        this.sessionCookie = sessions.getCookieName();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        boolean secure = ClientAddress.secure(request, properties);
        String path = request.getPath();
        boolean asset = path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
        return Publishers.map(chain.proceed(request), response -> {
            MutableHttpHeaders h = response.getHeaders();
            SecurityHeaders.apply(h::set, ApiDocsPolicy.applies(path) ? docs.policy() : SecurityHeaders.CSP, asset);
            if (secure) {
                h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
                secureCookies(h);
            }
            return response;
        });
    }

    private void secureCookies(MutableHttpHeaders h) {
        List<String> cookies = h.getAll("Set-Cookie");
        if (cookies.isEmpty()) {
            return;
        }
        List<String> rewritten = cookies.stream().map(c -> {
            boolean ours = c.startsWith(sessionCookie + "=") || c.startsWith(LoginFormCsrf.COOKIE + "=");
            return ours && !c.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*|$)") ? c + "; Secure" : c;
        }).toList();
        h.remove("Set-Cookie");
        rewritten.forEach(c -> h.add("Set-Cookie", c));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
