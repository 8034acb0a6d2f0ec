package th.sso.hotline.line;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.parser.LineSignatureValidator;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.net.URI;
import java.nio.charset.StandardCharsets;

@Factory
class LineClientFactory {

    @Singleton
    MessagingApiClient messagingApiClient(LineProperties properties) {
        return MessagingApiClient.builder(properties.getChannelAccessToken())
                .apiEndPoint(URI.create(properties.getApiBaseUrl()))
                .connectTimeout(properties.getConnectTimeout())
                .readTimeout(properties.getReadTimeout())
                .writeTimeout(properties.getReadTimeout())
                // OkHttp's default of 5 calls per host made every worker queue behind 5 replies, retries and
                // loading animations; all calls go to one host (LINE), so its limit is the client's limit.
                .maxRequests(properties.getMaxConcurrentCalls())
                .maxRequestsPerHost(properties.getMaxConcurrentCalls())
                // The SDK's logging interceptor would format every request (personal data) only to drop it.
                .usingDefaultLogger(false)
                .build();
    }

    @Singleton
    SignatureCheck signatureCheck(LineProperties properties) {
        String secret = properties.getChannelSecret();
        if (secret.isBlank()) {
            return SignatureCheck.unconfigured();
        }
        LineSignatureValidator validator = new LineSignatureValidator(secret.getBytes(StandardCharsets.UTF_8));
        return new SignatureCheck(validator);
    }
}
