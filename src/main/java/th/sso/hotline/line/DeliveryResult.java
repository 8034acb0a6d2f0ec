package th.sso.hotline.line;

import th.sso.hotline.conversation.Delivery;

/** How sending a reply or a push ended, with LINE's reason when it did not go well. */
public record DeliveryResult(Status status, String error) {

    public enum Status {
        SENT(Delivery.SENT),
        FAILED(Delivery.FAILED),
        /** Not sent within the reply window, and not pushed. */
        UNDELIVERED(Delivery.UNDELIVERED),
        /** LINE refused the token as used after an attempt that may have got through: never sent again. */
        UNKNOWN(Delivery.UNKNOWN),
        /** Not sent within the reply window: the caller pushes or marks it undelivered, so it is never stored. */
        EXPIRED(null);

        private final Delivery stored;

        Status(Delivery stored) {
            this.stored = stored;
        }

        /** What the turn records. */
        public Delivery stored() {
            if (stored == null) {
                throw new IllegalStateException(this + " is resolved to a push or 'undelivered' before it is stored");
            }
            return stored;
        }
    }

    static DeliveryResult sent() {
        return new DeliveryResult(Status.SENT, null);
    }

    static DeliveryResult failed(String why) {
        return new DeliveryResult(Status.FAILED, why);
    }

    static DeliveryResult unknown(String why) {
        return new DeliveryResult(Status.UNKNOWN, why);
    }

    static DeliveryResult expired(String why) {
        return new DeliveryResult(Status.EXPIRED, why);
    }

    static DeliveryResult undelivered(String why) {
        return new DeliveryResult(Status.UNDELIVERED, why);
    }
}
