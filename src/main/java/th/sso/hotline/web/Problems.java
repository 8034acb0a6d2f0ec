package th.sso.hotline.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.nio.charset.StandardCharsets;
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

    /** The same body as bytes, for a refusal written below the framework (details are plain ASCII). */
    public static byte[] bytes(HttpStatus status, String detail) {
        if (!detail.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
            throw new IllegalArgumentException("detail must be plain ASCII without quotes");
        }
        return ("{\"type\":\"about:blank\",\"title\":\"" + status.getReason() + "\",\"status\":" + status.getCode()
                + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
