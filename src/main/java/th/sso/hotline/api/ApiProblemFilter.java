package th.sso.hotline.api;

import th.sso.hotline.web.Problems;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.hateoas.JsonError;
import org.reactivestreams.Publisher;

import java.util.Optional;

/**
 * One error shape under /api: whatever refused the request (the security filter's 401 and 403, the router's 404
 * and 405, an exception's 500), the client gets the same {@code application/problem+json} body as the
 * controllers' own refusals. It runs outermost, so it sees every response. A server error's detail never carries
 * the exception's message (it could hold stored text).
 */
@Filter("/api/**")
class ApiProblemFilter implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Publishers.map(chain.proceed(request), ApiProblemFilter::asProblem);
    }

    @SuppressWarnings("unchecked")
    static MutableHttpResponse<?> asProblem(MutableHttpResponse<?> response) {
        int status = response.code();
        Optional<MediaType> type = response.getContentType();
        if (status < 400 || type.filter(t -> t.toString().startsWith(Problems.MEDIA_TYPE)).isPresent()) {
            return response;
        }
        String reason = response.reason() == null || response.reason().isBlank()
                ? io.micronaut.http.HttpStatus.valueOf(status).getReason() : response.reason();
        String detail = reason;
        Object body = response.body();
        if (status < 500 && body instanceof JsonError error && error.getMessage() != null && !error.getMessage().isBlank()) {
            detail = error.getMessage();
        }
        return ((MutableHttpResponse<Object>) response).body(Problems.body(status, detail)).contentType(Problems.MEDIA_TYPE);
    }

    @Override
    public int getOrder() {
        // Outside the security filter and the error handling, before the browser headers are added.
        return ServerFilterPhase.FIRST.before();
    }
}
