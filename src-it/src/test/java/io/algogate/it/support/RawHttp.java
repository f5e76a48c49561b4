package io.algogate.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain HTTP/1.1 exchange over a socket bound to a chosen local address, for the untrusted-peer
 * case (D4): Linux routes all of 127/8 to loopback, so binding 127.0.0.2 makes a peer that is not
 * the trusted proxy 127.0.0.1.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends the request text (headers included, CRLF line ends) from {@code localAddress}; returns the response. */
    public static String exchange(String localAddress, String requestText) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), ItServer.HTTP_PORT), 5_000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestText.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET with {@code Connection: close}, plus extra header lines. */
    public static String get(String localAddress, String path, String... headers) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + ItServer.HTTP_PORT
                + "\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return exchange(localAddress, request.append("\r\n").toString());
    }

    public static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }
}
