package io.wiredesk.sink;

/** A story question cannot be answered right now: the stores are rebalancing or a peer does not answer (HTTP 503). */
public final class StoriesUnavailableException extends RuntimeException {
    public StoriesUnavailableException(String message) {
        super(message);
    }

    public StoriesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
