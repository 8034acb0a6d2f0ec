package th.sso.hotline.staff.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import th.sso.hotline.staff.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code /prometheus} shows traffic, failures and intents: a scraper presents {@code Authorization: Bearer <token>}
 * with the token from {@code hotline.metrics.token} (env {@code METRICS_TOKEN}); a signed-in admin may look too.
 * Without a configured token only admins get in.
 */
@Singleton
class MetricsAccessRule implements SecurityRule<HttpRequest<?>> {

    static final String PATH = "/prometheus";

    private final byte[] token;

    MetricsAccessRule(@Value("${hotline.metrics.token:}") String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication who) {
        if (request == null || !PATH.equals(request.getPath())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        if (who != null && who.getRoles().contains(Role.ADMIN_ROLE)) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        return Publishers.just(bearerMatches(request) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    private boolean bearerMatches(HttpRequest<?> request) {
        String header = request.getHeaders().getAuthorization().orElse(null);
        if (token == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int getOrder() {
        return ActiveAccountRule.ORDER + 100;
    }
}
