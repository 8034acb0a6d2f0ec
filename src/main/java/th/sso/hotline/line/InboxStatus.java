package th.sso.hotline.line;

/** Where a webhook event stands in the inbox. */
public enum InboxStatus {
    PENDING, PROCESSING, DONE, IGNORED, UNDELIVERED, FAILED
}
