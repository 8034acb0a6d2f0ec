package th.sso.hotline.conversation;

import java.util.Locale;

/** Where a conversation happens. */
public enum Channel {
    LINE, API, SIMULATOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
