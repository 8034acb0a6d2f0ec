package th.sso.hotline.staff.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The error page a browser gets (Micronaut picks this provider when the request accepts HTML; API clients keep
 * JSON): a localised explanation of 400, 403, 404 or 500 inside the console's layout, with its navigation when
 * the reader is signed in. It never shows the exception's message, which can hold internals.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
class ConsoleErrorPage implements HtmlErrorResponseBodyProvider {

    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413, 500, 503);

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    ConsoleErrorPage(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        return render(context.getRequest(), response.code());
    }

    String render(HttpRequest<?> request, int status) {
        Map<String, Object> model = request.getUserPrincipal(Authentication.class)
                .map(who -> Pages.model(who, "error"))
                .orElseGet(HashMap::new);
        model.put("signedIn", request.getUserPrincipal(Authentication.class).isPresent());
        model.put("status", status);
        model.put("reason", EXPLAINED.contains(status) ? String.valueOf(status) : (status >= 500 ? "500" : "400"));
        Writable page = renderer.render(new ModelAndView<>("error", model), request, MediaType.TEXT_HTML)
                .orElseThrow(() -> new IllegalStateException("no renderer for the error page"));
        StringWriter out = new StringWriter();
        try {
            page.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
