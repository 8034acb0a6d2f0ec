package th.sso.hotline.line;

/** How sending a reply ended: sent, failed (with LINE's reason), undelivered (token expired) or unknown. */
public record DeliveryResult(String status, String error) {

    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String UNDELIVERED = "undelivered";
    /** LINE refused the token as used after an attempt that may have got through: never sent again. */
    public static final String UNKNOWN = "unknown";
    /** Not sent within the reply window (the caller pushes or marks it undelivered); never stored. */
    public static final String EXPIRED = "expired";

    static DeliveryResult sent() {
        return new DeliveryResult(SENT, null);
    }

    static DeliveryResult failed(String why) {
        return new DeliveryResult(FAILED, why);
    }

    static DeliveryResult unknown(String why) {
        return new DeliveryResult(UNKNOWN, why);
    }

    static DeliveryResult expired(String why) {
        return new DeliveryResult(EXPIRED, why);
    }

    static DeliveryResult undelivered(String why) {
        return new DeliveryResult(UNDELIVERED, why);
    }
}
