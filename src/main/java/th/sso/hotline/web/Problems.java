package th.sso.hotline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one error shape of every JSON endpoint, the webhook's included: RFC 9457 {@code application/problem+json}
 * with {@code type}, {@code title}, {@code status} and {@code detail}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Map<String, Object> body(int status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.valueOf(status).getReason());
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }

    public static MutableHttpResponse<Map<String, Object>> response(HttpStatus status, String detail) {
        return HttpResponse.<Map<String, Object>>status(status).contentType(MEDIA_TYPE).body(body(status.getCode(), detail));
    }

    /** The same body as JSON bytes, for a refusal written below the framework. */
    public static byte[] bytes(HttpStatus status, String detail) {
        try {
            return new ObjectMapper().writeValueAsBytes(body(status.getCode(), detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and a number always serialises", e);
        }
    }
}
