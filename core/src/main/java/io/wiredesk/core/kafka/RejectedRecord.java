package io.wiredesk.core.kafka;

/**
 * Thrown by a stage's record function for input it will not process. The reason is a short stable
 * code ("not-json", "missing-body", "too-large", "binary", ...) that becomes the DLQ header and the
 * {@code reason} tag of the DLQ counter.
 */
public class RejectedRecord extends RuntimeException {
    private final String reason;

    public RejectedRecord(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectedRecord(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
