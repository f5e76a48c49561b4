package io.algogate.broker.kite;

import io.algogate.broker.spi.BrokerException.Reason;
import io.algogate.broker.spi.BrokerException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Kite's HTTP conventions in one place: the {@code X-Kite-Version} header, form-encoded bodies, the
 * {@code {"status":"success","data":...}} envelope, and the mapping of every failure (Kite's
 * {@code error_type}, HTTP statuses, timeouts, malformed JSON) to a {@link BrokerException}, so no
 * unchecked exception reaches the gateway.
 */
final class KiteHttp {

    /** Kite's {@code Authorization} header for the current session, or a refusal when there is none. */
    @FunctionalInterface
    interface Authorization {
        String header() throws BrokerException;
    }

    private static final String KITE_VERSION = "3";
    /** Enough for Kite's error envelope; a failed download's body is not read further. */
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final HttpClient client;
    private final String baseUrl;
    private final Duration requestTimeout;

    KiteHttp(HttpClient client, String baseUrl, Duration requestTimeout) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.requestTimeout = requestTimeout;
    }

    /** Sends a request and returns the envelope's {@code data}; {@code authorization} may be null. */
    JsonValue call(String method, String path, Map<String, String> form, String authorization)
            throws BrokerException {
        HttpRequest request = request(method, path, form, authorization).build();
        // Messages name the path without its query: Kite's logout carries the access token there.
        String shown = withoutQuery(path);
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8),
                method, shown);
        return data(response.statusCode(), response.body(), method, shown);
    }

    /**
     * GETs an answer that is not JSON (the instrument list's CSV), gunzipped when Kite compressed it.
     * The whole answer must arrive within {@code deadline}: the JDK client has no read timeout, so a
     * connection that stalls mid-body would otherwise block the download for ever. The body goes to
     * a temporary file (a full list is too big to hold in memory twice), deleted when the returned
     * stream is closed. Failures still come in Kite's JSON envelope and are mapped as for
     * {@link #call}.
     */
    InputStream download(String path, String authorization, Duration deadline) throws BrokerException {
        HttpRequest request = request("GET", path, null, authorization).header("Accept-Encoding", "gzip").build();
        Path file = temporaryFile();
        HttpResponse<Path> response = receive(request, file, path, deadline);
        int status = response.statusCode();
        try {
            InputStream body = new DeletingInputStream(Files.newInputStream(file), file);
            if (status >= 200 && status < 300) {
                boolean transportGzip = response.headers().firstValue("Content-Encoding")
                        .filter(encoding -> encoding.equalsIgnoreCase("gzip")).isPresent();
                try {
                    return gunzipped(transportGzip ? new GZIPInputStream(body) : body);
                } catch (IOException e) {
                    close(body);
                    throw new BrokerException(Reason.UNAVAILABLE, "Kite's answer to GET " + path + " broke off", e);
                }
            }
            String error;
            try (InputStream in = body) {
                error = new String(in.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
            }
            throw failure(status, parse(error), "GET", path);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new BrokerException(Reason.UNAVAILABLE, "Kite's answer to GET " + path + " could not be read", e);
        }
    }

    private HttpResponse<Path> receive(HttpRequest request, Path file, String path, Duration deadline)
            throws BrokerException {
        CompletableFuture<HttpResponse<Path>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofFile(file));
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            deleteQuietly(file);
            throw new BrokerException(Reason.UNAVAILABLE,
                    "Kite's answer to GET " + path + " did not arrive within " + deadline.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            deleteQuietly(file);
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                throw new BrokerException(Reason.UNAVAILABLE,
                        "Kite did not answer GET " + path + " within " + requestTimeout.toMillis() + " ms", e.getCause());
            }
            throw new BrokerException(Reason.UNAVAILABLE, "Kite's answer to GET " + path + " broke off", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(file);
            throw new BrokerException(Reason.UNAVAILABLE, "Interrupted while downloading from Kite", e);
        }
    }

    private static Path temporaryFile() throws BrokerException {
        try {
            return Files.createTempFile("kite-download-", ".tmp");
        } catch (IOException e) {
            throw new BrokerException(Reason.UNAVAILABLE, "No temporary file for Kite's download: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is the lesser harm; the system's temp cleaner takes it.
        }
    }

    /** The downloaded file, deleted once read. */
    private static final class DeletingInputStream extends FilterInputStream {
        private final Path file;

        DeletingInputStream(InputStream in, Path file) {
            super(in);
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                deleteQuietly(file);
            }
        }
    }

    /**
     * Kite documents the list as "a gzipped CSV dump", which may be the file itself as well as the
     * transport; a CSV never starts with gzip's magic bytes, so a gzip file is recognised by them.
     */
    private static InputStream gunzipped(InputStream body) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        boolean gzip = first == (GZIPInputStream.GZIP_MAGIC & 0xff) && second == (GZIPInputStream.GZIP_MAGIC >> 8);
        return gzip ? new GZIPInputStream(in) : in;
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // Already failing; the first error is the one worth reporting.
        }
    }

    private HttpRequest.Builder request(String method, String path, Map<String, String> form, String authorization)
            throws BrokerException {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(requestTimeout)
                    .header("X-Kite-Version", KITE_VERSION);
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            if (form == null) {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(encode(form)));
            }
            return builder;
        } catch (IllegalArgumentException e) {
            // A base-url that is no URL, or an api-key with characters a header cannot carry: both
            // configuration errors, reported without echoing the header (it holds the token).
            throw new BrokerException(Reason.UNAVAILABLE,
                    "Kite request " + method + " " + withoutQuery(path) + " cannot be built; check base-url and api-key");
        }
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A form in insertion order, skipping null values, so requests read like Kite's examples. */
    static Map<String, String> form(String... keysAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                form.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return form;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, String method,
            String path) throws BrokerException {
        try {
            return client.send(request, handler);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new BrokerException(Reason.UNAVAILABLE,
                    "Kite did not answer " + method + " " + path + " within " + requestTimeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new BrokerException(Reason.UNAVAILABLE, "Kite could not be reached for " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerException(Reason.UNAVAILABLE, "Interrupted while calling Kite", e);
        } catch (RuntimeException e) {
            // The JDK client throws unchecked exceptions for some broken configurations (a bad proxy,
            // a closed client); the gateway must see a broker failure, not a server error.
            throw new BrokerException(Reason.UNAVAILABLE, "Kite call " + method + " " + path + " failed", e);
        }
    }

    private static JsonValue data(int status, String responseBody, String method, String path)
            throws BrokerException {
        JsonObject body = parse(responseBody);
        if (status >= 200 && status < 300 && body != null && "success".equals(string(body, "status"))) {
            JsonValue data = body.get("data");
            return data == null ? JsonValue.NULL : data;
        }
        throw failure(status, body, method, path);
    }

    /** Why Kite refused or failed a call, from its HTTP status and error envelope (null when none). */
    private static BrokerException failure(int status, JsonObject body, String method, String path) {
        if (status == 429) {
            return new BrokerException(Reason.RATE_LIMITED,
                    "Kite is throttling requests (HTTP 429 on " + path + "); slow down and retry");
        }
        if (body == null) {
            return new BrokerException(Reason.UNAVAILABLE,
                    "Kite answered " + method + " " + path + " with HTTP " + status + " and no valid JSON");
        }
        String message = string(body, "message");
        String errorType = string(body, "error_type");
        String text = "Kite: " + (message == null || message.isBlank() ? "HTTP " + status : message);
        return new BrokerException(reasonFor(errorType, status), text);
    }

    /** Kite's documented exception types first; the HTTP status only when Kite named none. */
    static Reason reasonFor(String errorType, int httpStatus) {
        if (errorType != null) {
            switch (errorType) {
                case "TokenException":
                    return Reason.AUTHENTICATION;
                case "InputException":
                case "OrderException":
                case "PermissionException":
                case "MarginException":
                case "HoldingException":
                    return Reason.REJECTED;
                case "NetworkException":
                case "DataException":
                case "GeneralException":
                    return Reason.UNAVAILABLE;
                default:
                    break;
            }
        }
        if (httpStatus == 403) {
            return Reason.AUTHENTICATION;
        }
        if (httpStatus >= 400 && httpStatus < 500) {
            return Reason.REJECTED;
        }
        return Reason.UNAVAILABLE;
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString text ? text.getString() : null;
    }
}
