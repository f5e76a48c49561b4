package io.algogate.security.filters;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A request whose body was read once (within the size limit) and is replayed from memory, so the
 * API key filter and JAX-RS can each read it, any number of times, through
 * {@link #getInputStream()} or {@link #getReader()}.
 */
public final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    public CachedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body.clone();
    }

    /** A copy of the body. */
    public byte[] body() {
        return body.clone();
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ReplayStream(body);
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return readerOf(getInputStream(), this);
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    /** A reader in the request's declared charset; JSON's UTF-8 when none is declared. */
    static BufferedReader readerOf(InputStream stream, ServletRequest request) throws IOException {
        String declared = request.getCharacterEncoding();
        Charset charset;
        try {
            charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new UnsupportedEncodingException(declared);
        }
        return new BufferedReader(new InputStreamReader(stream, charset));
    }

    /** A servlet stream over bytes in memory. */
    static final class ReplayStream extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        ReplayStream(byte[] body) {
            this.bytes = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        /** Everything is in memory, so the listener can read it all at once. */
        @Override
        public void setReadListener(ReadListener listener) {
            try {
                listener.onDataAvailable();
                listener.onAllDataRead();
            } catch (IOException failed) {
                listener.onError(failed);
            }
        }
    }
}
