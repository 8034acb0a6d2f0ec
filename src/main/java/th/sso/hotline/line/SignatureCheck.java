package th.sso.hotline.line;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;

import java.io.IOException;

/** The SDK's signature validator and parser for the configured channel secret (none when unconfigured). */
public final class SignatureCheck {

    private final LineSignatureValidator validator;
    private final WebhookParser parser;

    SignatureCheck(LineSignatureValidator validator, WebhookParser parser) {
        this.validator = validator;
        this.parser = parser;
    }

    static SignatureCheck unconfigured() {
        return new SignatureCheck(null, null);
    }

    public boolean configured() {
        return validator != null;
    }

    /** Constant-time check of {@code X-Line-Signature} over the raw body. */
    public boolean valid(String signature, byte[] body) {
        return validator != null && signature != null && !signature.isBlank()
                && validator.validateSignature(body, signature);
    }

    public CallbackRequest parse(String signature, byte[] body) throws IOException, WebhookParseException {
        return parser.handle(signature, body);
    }
}
