package io.algogate.gateway.infrastructure.logging;

/**
 * A stand-in for a logged exception whose message (or a cause's) carried a secret: same class name
 * in its text, same stack trace, redacted message, redacted causes. Only ever logged, never thrown.
 */
final class RedactedThrowable extends Throwable {

    private static final long serialVersionUID = 1L;
    private final String originalClassName;

    private RedactedThrowable(Throwable original, String redactedMessage, Throwable redactedCause) {
        super(redactedMessage, redactedCause, false, true);
        this.originalClassName = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /** The throwable itself when nothing in its chain needs redaction, else a redacted copy. */
    static Throwable of(Throwable original) {
        return needsRedaction(original, 0) ? copy(original, 0) : original;
    }

    private static boolean needsRedaction(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        String message = t.getMessage();
        if (message != null && !message.equals(LogRedaction.redact(message))) {
            return true;
        }
        return t.getCause() != t && needsRedaction(t.getCause(), depth + 1);
    }

    private static Throwable copy(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return null;
        }
        Throwable cause = t.getCause() == t ? null : copy(t.getCause(), depth + 1);
        return new RedactedThrowable(t, LogRedaction.redact(t.getMessage()), cause);
    }

    @Override
    public String toString() {
        String message = getMessage();
        return message == null ? originalClassName : originalClassName + ": " + message;
    }
}
