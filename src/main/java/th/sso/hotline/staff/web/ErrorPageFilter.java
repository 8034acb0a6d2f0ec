package th.sso.hotline.staff.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Set;

/**
 * A console page that answers an error status with no body ({@code HttpResponse.notFound()} for a missing
 * conversation) gets the same localised error page as errors Micronaut reports itself ({@link ConsoleErrorPage}).
 * Only for browsers: API clients, LINE's webhook and static files are left as they are.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ErrorPageFilter implements Ordered {

    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 405, 500);

    private final ConsoleErrorPage page;

    ErrorPageFilter(ConsoleErrorPage page) {
        this.page = page;
    }

    @ResponseFilter
    void fillEmptyErrors(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!PAGES.contains(response.code()) || response.getBody().isPresent() || !wantsPage(request)) {
            return;
        }
        String html = page.render(request, response.code());
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> r = (MutableHttpResponse<Object>) response;
        r.body(html);
        r.contentType(MediaType.of("text/html;charset=utf-8"));
    }

    private static boolean wantsPage(HttpRequest<?> request) {
        String path = request.getPath();
        return (path.startsWith("/console") || path.equals("/login"))
                && request.accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
    }

    @Override
    public int getOrder() {
        // Inside the security and session filters, so the page knows who is signed in.
        return ServerFilterPhase.RENDERING.order();
    }
}
