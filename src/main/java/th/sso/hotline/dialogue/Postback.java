package th.sso.hotline.dialogue;

/**
 * The data a quick-reply button sends back, defined once for every channel: {@code intent=<id>} asks about an
 * intent, {@code erase=confirm} / {@code erase=cancel} answers the erasure confirmation. The webhook and the
 * console's simulator both read button data through {@link #parse}, and the replies write it through
 * {@link #format}, so the two sides cannot drift apart.
 */
public sealed interface Postback {

    String INTENT_PREFIX = "intent=";
    String ERASE_PREFIX = "erase=";

    /** A button that asks about an intent, as if its question had been typed. */
    record AskIntent(String intent) implements Postback {
        @Override
        public String format() {
            return INTENT_PREFIX + intent;
        }
    }

    /** The answer to the erasure confirmation; any {@code erase=} data other than confirm counts as cancel. */
    record Erase(boolean confirmed) implements Postback {
        public static final Erase CONFIRM = new Erase(true);
        public static final Erase CANCEL = new Erase(false);

        @Override
        public String format() {
            return ERASE_PREFIX + (confirmed ? "confirm" : "cancel");
        }
    }

    /** Data this bot never sends (an old button, another bot's, a hand-made request). */
    record Unknown(String data) implements Postback {
        @Override
        public String format() {
            return data;
        }
    }

    /** The text sent as the button's data. */
    String format();

    static Postback parse(String data) {
        if (data == null) {
            return new Unknown(null);
        }
        if (data.startsWith(INTENT_PREFIX)) {
            return new AskIntent(data.substring(INTENT_PREFIX.length()));
        }
        if (data.startsWith(ERASE_PREFIX)) {
            return Erase.CONFIRM.format().equals(data) ? Erase.CONFIRM : Erase.CANCEL;
        }
        return new Unknown(data);
    }
}
