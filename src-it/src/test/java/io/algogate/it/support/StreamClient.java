package io.algogate.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A JDK WebSocket client of the gateway's stream that queues every text message as JSON. */
public final class StreamClient implements WebSocket.Listener, AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(15);

    public record Closed(int code, String reason) {
    }

    public final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    public final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    public static StreamClient connect(URI uri, String address, Map<String, String> headers) throws Exception {
        StreamClient client = new StreamClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5)).header("X-Forwarded-For", address);
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(uri, client).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return client;
    }

    public JsonObject request(String text) throws Exception {
        messages.clear();
        socket.sendText(text, true).get(5, TimeUnit.SECONDS);
        return await(m -> !"market_data".equals(m.getString("type", "")) && !"order_update".equals(
                m.getString("type", "")));
    }

    public JsonObject awaitTick(String symbol) throws InterruptedException {
        return await(m -> isTick(m, symbol));
    }

    public JsonObject await(Predicate<JsonObject> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonObject next = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                return fail("no such message within " + WAIT + (closed.isDone() ? "; closed " + closed.join() : ""));
            }
            if (wanted.test(next)) {
                return next;
            }
        }
    }

    public List<JsonObject> drained() {
        List<JsonObject> rest = new ArrayList<>();
        messages.drainTo(rest);
        return rest;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(Json.parse(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }

    /** Whether a message is a tick of the symbol. */
    public static boolean isTick(JsonObject message, String symbol) {
        return "market_data".equals(message.getString("type", "")) && symbol.equals(message.getString("symbol", ""));
    }

    /** The HTTP status a refused handshake got. */
    public static int refusal(URI uri, String address, Map<String, String> headers) throws Exception {
        try {
            connect(uri, address, headers).close();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        return fail("the handshake to " + uri + " was accepted");
    }
}
