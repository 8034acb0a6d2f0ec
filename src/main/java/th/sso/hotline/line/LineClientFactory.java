package th.sso.hotline.line;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;
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
                .build();
    }

    @Singleton
    SignatureCheck signatureCheck(LineProperties properties) {
        String secret = properties.getChannelSecret();
        if (secret.isBlank()) {
            return SignatureCheck.unconfigured();
        }
        LineSignatureValidator validator = new LineSignatureValidator(secret.getBytes(StandardCharsets.UTF_8));
        return new SignatureCheck(validator, new WebhookParser(validator));
    }
}
