package io.github.realtimesessions.transport.core.internal;

/**
 * JSON that does not have the shape of the wire format: not JSON at all, cut short, or a field of the wrong type.
 * Transports turn it into a {@link io.github.realtimesessions.port.ResponseFormatException}; the fake server into an
 * HTTP 400.
 */
public final class WireFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String detail;

    /**
     * Creates the exception.
     *
     * @param field the JSON path of the offending field, or {@code null} when the document as a whole is wrong
     * @param message what is wrong
     * @param cause the parser's exception, or {@code null}
     */
    public WireFormatException(String field, String message, Throwable cause) {
        super(field == null ? message : field + ": " + message, cause);
        this.field = field;
        this.detail = message;
    }

    /**
     * Returns the JSON path of the offending field.
     *
     * @return the path, or {@code null} when the document as a whole is wrong
     */
    public String field() {
        return field;
    }

    /** What is wrong, without the field path in front: the {@code message} the exception was created with. */
    public String detail() {
        return detail;
    }
}
