package th.sso.hotline.line;

import com.linecorp.bot.parser.LineSignatureValidator;

/** The SDK's signature validator for the configured channel secret (none when unconfigured). */
public final class SignatureCheck {

    private final LineSignatureValidator validator;

    SignatureCheck(LineSignatureValidator validator) {
        this.validator = validator;
    }

    static SignatureCheck unconfigured() {
        return new SignatureCheck(null);
    }

    public boolean configured() {
        return validator != null;
    }

    /**
     * Constant-time check of {@code X-Line-Signature} over the raw body. A header that is not Base64 of the
     * right length, or holds characters outside ASCII, is simply not a valid signature.
     */
    public boolean valid(String signature, byte[] body) {
        if (validator == null || signature == null || signature.isBlank() || signature.length() > 128) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            char c = signature.charAt(i);
            if (c > 0x7E || c < 0x20) {
                return false;
            }
        }
        try {
            return validator.validateSignature(body, signature);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
