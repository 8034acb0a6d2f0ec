package th.sso.hotline.nlu;

import java.util.Locale;

public enum Language {
    TH, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "th" -> TH;
            case "en" -> EN;
            default -> null;
        };
    }
}
