package th.sso.hotline.staff.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import org.reactivestreams.Publisher;
import th.sso.hotline.staff.StaffAccount;

import java.net.URI;
import java.util.Set;

/**
 * A sign-in with a password somebody else has seen (the generated first admin password) may only choose a new one:
 * console pages lead to {@code /console/password}, anything else is refused until it is done.
 */
@Filter("/**")
class PasswordChangeFilter implements HttpServerFilter {

    static final String PAGE = "/console/password";
    private static final Set<String> OPEN = Set.of(PAGE, "/logout", "/login");

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        if (OPEN.contains(path) || path.startsWith("/static/") || path.startsWith("/webjars/") || !mustChange(request)) {
            return chain.proceed(request);
        }
        if (path.equals("/") || path.equals("/console") || path.startsWith("/console/")) {
            return Publishers.just(HttpResponse.seeOther(URI.create(PAGE)));
        }
        return Publishers.just(HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN));
    }

    static boolean mustChange(HttpRequest<?> request) {
        return request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .map(a -> Boolean.TRUE.equals(a.getAttributes().get(StaffAccount.MUST_CHANGE_PASSWORD)))
                .orElse(false);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
