package io.algogate.security.filters;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request body stream that fails once more than its limit has been read, so a body without
 * {@code Content-Length} (chunked) cannot grow without bound in whatever reads it.
 */
final class SizeLimitedInputStream extends ServletInputStream {

    /** Thrown when a body turns out larger than the limit while it is read. */
    static final class BodyTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long limit) {
            super("Request body too large: the limit is " + limit + " bytes");
        }
    }

    private final ServletInputStream body;
    private final long limit;
    private long bytesRead;

    SizeLimitedInputStream(ServletInputStream body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        failIfOverLimit();
        int next = body.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        failIfOverLimit();
        int read = body.read(buffer, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    private void count(int bytes) throws BodyTooLargeException {
        bytesRead += bytes;
        failIfOverLimit();
    }

    /** Once over, every later read fails too: the rest of the body must not look like its end. */
    private void failIfOverLimit() throws BodyTooLargeException {
        if (bytesRead > limit) {
            throw new BodyTooLargeException(limit);
        }
    }

    @Override
    public boolean isFinished() {
        return body.isFinished();
    }

    @Override
    public boolean isReady() {
        return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }
}
