import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The streaming fan-out under load (bench/README.md): BENCH_WS_CLIENTS WebSocket clients (200) on
 * BENCH_WS_SYMBOLS instruments (50, from the sandbox's list), every fast client subscribed to every
 * instrument in LTP mode, plus one deliberately slow client that subscribes to all of them in Depth
 * mode and never reads (a raw socket with a 4 KiB receive buffer, so the kernel cannot soak its
 * backlog up). Over a measurement window bounded by tick timestamps it reports the ticks delivered a
 * second, the tick latency (receive time minus the tick's timestamp, same machine clock) at p50 and
 * p99, whether every fast client received exactly the same ticks (no loss), and whether the slow
 * client was closed, with which code. JDK only, a single file: java bench/WsBench.java.
 */
public class WsBench {

    static final String BASE = env("BENCH_URL", "http://localhost:9480");
    static final String SOCKET = BASE.replaceFirst("^http", "ws") + "/ws";

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(env("BENCH_WS_CLIENTS", "200"));
        int symbolCount = Integer.parseInt(env("BENCH_WS_SYMBOLS", "50"));
        int seconds = Integer.parseInt(env("BENCH_SECONDS", "30"));
        int warmup = Integer.parseInt(env("BENCH_WARMUP_SECONDS", "10"));
        String key = Files.readString(Path.of(env("BENCH_KEY_FILE", "bench/target/api-key"))).trim();
        List<String[]> symbols = symbols(symbolCount);
        String subscribeLtp = subscribe(symbols, 1);

        System.out.println("# url=" + SOCKET + " clients=" + clients + " (1 slow) symbols=" + symbols.size()
                + " seconds=" + seconds + " warmup=" + warmup + " cores=" + Runtime.getRuntime().availableProcessors());
        SlowClient slow = SlowClient.connect(URI.create(SOCKET), key, subscribe(symbols, 3));

        HttpClient http = HttpClient.newHttpClient();
        List<FastClient> fast = new ArrayList<>();
        for (int i = 1; i < clients; i++) {
            FastClient client = new FastClient();
            client.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(SOCKET), client).get(30, TimeUnit.SECONDS);
            client.socket.sendText("{\"action\":\"authenticate\",\"api_key\":\"" + key + "\"}", true).get();
            client.socket.sendText(subscribeLtp, true).get();
            fast.add(client);
        }
        System.out.println("# " + fast.size() + " fast clients connected and subscribed");

        Thread.sleep(warmup * 1000L);
        long windowStart = System.currentTimeMillis();
        fast.forEach(c -> c.windowStart = windowStart);
        Thread.sleep(seconds * 1000L);
        long windowEnd = System.currentTimeMillis();
        fast.forEach(c -> c.windowEnd = windowEnd);
        // Ticks stamped inside the window may still be in flight: let them land before counting.
        Thread.sleep(3000);

        long delivered = fast.stream().mapToLong(c -> c.inWindow.get()).sum();
        double window = (windowEnd - windowStart) / 1000.0;
        long[] latencies = fast.stream().flatMapToLong(c -> Arrays.stream(c.latencies())).sorted().toArray();
        Map<String, Long> expected = new HashMap<>();
        for (FastClient c : fast) {
            c.perSymbol.forEach((s, n) -> expected.merge(s, n.get(), Math::max));
        }
        long lossyClients = fast.stream().filter(c -> expected.entrySet().stream().anyMatch(e ->
                c.perSymbol.getOrDefault(e.getKey(), new AtomicLong()).get() != e.getValue())).count();
        long closedFast = fast.stream().filter(c -> c.closeCode != 0).count();
        long perSymbol = expected.values().stream().mapToLong(Long::longValue).min().orElse(0);

        System.out.printf(Locale.ROOT, "ticks/s delivered=%.0f  (%d ticks to %d fast clients in %.1f s)%n",
                delivered / window, delivered, fast.size(), window);
        System.out.printf(Locale.ROOT, "tick latency p50=%d ms p99=%d ms max=%d ms (%d samples)%n",
                percentile(latencies, 0.50), percentile(latencies, 0.99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1], latencies.length);
        System.out.println("no tick loss for fast clients: " + (lossyClients == 0 ? "yes" : "NO")
                + " (every fast client got the same " + perSymbol + "+ ticks per symbol; clients that differ: "
                + lossyClients + "; fast clients closed: " + closedFast + ")");
        String slowEnd = slow.drainToClose();
        System.out.println("slow client dropped: " + slowEnd);
        slow.socket.close();
        for (FastClient c : fast) {
            c.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        if (lossyClients > 0 || closedFast > 0 || !slowEnd.contains("close code 4008") || delivered == 0) {
            System.out.println("# FAILED: see the lines above");
            System.exit(1);
        }
    }

    /** The sandbox's instruments: its 8 equities, its 2 indices, then NIFTY's weekly options around the money. */
    static List<String[]> symbols(int count) {
        List<String[]> list = new ArrayList<>();
        for (String equity : List.of("HDFCBANK", "ICICIBANK", "INFY", "ITC", "RELIANCE", "SBIN", "TATASTEEL", "TCS")) {
            list.add(new String[] {equity, "NSE"});
        }
        list.add(new String[] {"NIFTY", "NSE_INDEX"});
        list.add(new String[] {"BANKNIFTY", "NSE_INDEX"});
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        String expiry = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                .format(DateTimeFormatter.ofPattern("ddMMMyy", Locale.ENGLISH)).toUpperCase(Locale.ROOT);
        for (int offset = 0; list.size() < count; offset++) {
            int strike = 24000 + (offset % 2 == 0 ? 1 : -1) * 50 * ((offset + 1) / 2);
            list.add(new String[] {"NIFTY" + expiry + strike + "CE", "NFO"});
            if (list.size() < count) {
                list.add(new String[] {"NIFTY" + expiry + strike + "PE", "NFO"});
            }
        }
        return list.subList(0, count);
    }

    static String subscribe(List<String[]> symbols, int mode) {
        StringBuilder json = new StringBuilder("{\"action\":\"subscribe\",\"mode\":" + mode + ",\"symbols\":[");
        for (int i = 0; i < symbols.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"symbol\":\"").append(symbols.get(i)[0])
                    .append("\",\"exchange\":\"").append(symbols.get(i)[1]).append("\"}");
        }
        return json.append("]}").toString();
    }

    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Reads everything at once and records each tick stamped inside the window. */
    static final class FastClient implements WebSocket.Listener {
        WebSocket socket;
        volatile long windowStart = Long.MAX_VALUE;
        volatile long windowEnd = Long.MAX_VALUE;
        volatile int closeCode;
        final AtomicLong inWindow = new AtomicLong();
        final Map<String, AtomicLong> perSymbol = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private long[] latency = new long[1 << 16];
        private int latencyCount;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.currentTimeMillis();
                String message = partial.toString();
                partial.setLength(0);
                if (message.startsWith("{\"type\":\"market_data\"")) {
                    long stamp = number(message, "\"timestamp\":");
                    if (stamp >= windowStart && stamp < windowEnd) {
                        inWindow.incrementAndGet();
                        perSymbol.computeIfAbsent(text(message, "\"symbol\":\""), s -> new AtomicLong()).incrementAndGet();
                        record(now - stamp);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode = statusCode;
            return null;
        }

        private synchronized void record(long millis) {
            if (latencyCount == latency.length) {
                latency = Arrays.copyOf(latency, latency.length * 2);
            }
            latency[latencyCount++] = millis;
        }

        synchronized long[] latencies() {
            return Arrays.copyOf(latency, latencyCount);
        }

        static long number(String json, String field) {
            int at = json.indexOf(field) + field.length();
            int end = at;
            while (end < json.length() && Character.isDigit(json.charAt(end))) {
                end++;
            }
            return Long.parseLong(json, at, end, 10);
        }

        static String text(String json, String field) {
            int at = json.indexOf(field) + field.length();
            return json.substring(at, json.indexOf('"', at));
        }
    }

    /**
     * A client that stops reading after the handshake: a plain socket with a 4 KiB receive buffer, so
     * the server's sends back up at once instead of filling megabytes of kernel buffers. At the end
     * {@link #drainToClose} reads the backlog through to the server's close frame.
     */
    static final class SlowClient {
        final Socket socket = new Socket();
        private static final SecureRandom RANDOM = new SecureRandom();

        static SlowClient connect(URI uri, String key, String subscription) throws IOException {
            SlowClient client = new SlowClient();
            client.socket.setReceiveBufferSize(4096);
            client.socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            byte[] nonce = new byte[16];
            RANDOM.nextBytes(nonce);
            OutputStream out = client.socket.getOutputStream();
            out.write(("GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String status = readHeaders(client.socket.getInputStream());
            if (!status.startsWith("HTTP/1.1 101")) {
                throw new IOException("The slow client's handshake failed: " + status);
            }
            frame(out, "{\"action\":\"authenticate\",\"api_key\":\"" + key + "\"}");
            frame(out, subscription);
            return client;
        }

        /**
         * Reads frame by frame (server frames are unmasked) until the close frame, and describes it:
         * its code and reason, or how the connection ended without one.
         */
        String drainToClose() {
            try {
                socket.setSoTimeout(15_000);
                java.io.DataInputStream in = new java.io.DataInputStream(
                        new java.io.BufferedInputStream(socket.getInputStream()));
                long frames = 0;
                while (true) {
                    int first = in.readUnsignedByte();
                    int second = in.readUnsignedByte();
                    long length = second & 0x7F;
                    if (length == 126) {
                        length = in.readUnsignedShort();
                    } else if (length == 127) {
                        length = in.readLong();
                    }
                    byte[] payload = new byte[(int) length];
                    in.readFully(payload);
                    if ((first & 0x0F) == 0x8) {
                        int code = payload.length >= 2 ? (payload[0] & 0xFF) << 8 | (payload[1] & 0xFF) : 1005;
                        String reason = payload.length > 2
                                ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                        return "yes, close code " + code + " \"" + reason + "\" after " + frames + " frames";
                    }
                    frames++;
                }
            } catch (IOException e) {
                return "connection ended without a close frame (" + e.getClass().getSimpleName() + ")";
            }
        }

        private static String readHeaders(InputStream in) throws IOException {
            StringBuilder headers = new StringBuilder();
            while (!headers.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                headers.append((char) b);
            }
            return headers.toString();
        }

        /** A masked text frame, as a client must send. */
        private static void frame(OutputStream out, String text) throws IOException {
            byte[] payload = text.getBytes(StandardCharsets.UTF_8);
            byte[] mask = new byte[4];
            RANDOM.nextBytes(mask);
            out.write(0x81);
            if (payload.length < 126) {
                out.write(0x80 | payload.length);
            } else {
                out.write(0x80 | 126);
                out.write(payload.length >> 8);
                out.write(payload.length & 0xFF);
            }
            out.write(mask);
            for (int i = 0; i < payload.length; i++) {
                out.write(payload[i] ^ mask[i % 4]);
            }
            out.flush();
        }
    }
}
