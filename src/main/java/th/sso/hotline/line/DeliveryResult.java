package th.sso.hotline.line;

/** How sending a reply ended: sent, failed (with LINE's reason) or undelivered (token expired). */
public record DeliveryResult(String status, String error) {

    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String UNDELIVERED = "undelivered";

    static DeliveryResult sent() {
        return new DeliveryResult(SENT, null);
    }

    static DeliveryResult failed(String why) {
        return new DeliveryResult(FAILED, why);
    }

    static DeliveryResult undelivered(String why) {
        return new DeliveryResult(UNDELIVERED, why);
    }
}
