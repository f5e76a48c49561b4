import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of bench/run.sh, a single-file program ({@code java Bench.java}, JDK only).
 * Sets up the gateway's admin and API key through the real setup form (or takes ALGOGATE_API_KEY),
 * warms up, then drives placeorder through the full chain ({@code /api/v1/placeorder}) and through the
 * bench profile's bare endpoint ({@code /__bench/placeorder}) against the same server, first one
 * request at a time (latency), then with THREADS concurrent clients (throughput). Each client sends
 * MARKET orders alternately BUY and SELL, so positions and margin stay flat however long it runs.
 *
 * Settings (environment): BENCH_URL (http://localhost:9480), BENCH_THREADS (16), BENCH_SECONDS (20,
 * per side, phase and round), BENCH_WARMUP_SECONDS (30: Liberty's JIT needs it on 2 cores),
 * BENCH_LATENCY_SECONDS (10), BENCH_ROUNDS (3 throughput rounds, the paths alternating; the median
 * round counts), ALGOGATE_API_KEY (set up an admin if unset), BENCH_KEY_FILE (where to write the key,
 * for a look afterwards).
 */
public class Bench {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern API_KEY = Pattern.compile("id=\"api-key\">([0-9a-f]{64})<");

    record Result(String name, int threads, double seconds, long ok, long failed, long[] latenciesNanos,
            String firstFailure) {
        double rps() {
            return ok / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "%-6s threads=%-3d requests/s=%9.1f p50=%7.3f ms p99=%7.3f ms ok=%d failed=%d%s",
                    name, threads, rps(), percentileMillis(50), percentileMillis(99), ok, failed,
                    firstFailure == null ? "" : " first failure: " + firstFailure);
        }
    }

    static final String BASE = env("BENCH_URL", "http://localhost:9480");
    static final String PASSWORD = "Bench#Pass1";
    static final Pattern ORDER_LOG_TOTAL = Pattern.compile("\"total\":(\\d+)");
    /** The administrator's browser session, when this run did the setup; null otherwise. */
    static HttpClient admin;
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(env("BENCH_THREADS", "16"));
        int seconds = Integer.parseInt(env("BENCH_SECONDS", "20"));
        int warmup = Integer.parseInt(env("BENCH_WARMUP_SECONDS", "30"));
        int latencySeconds = Integer.parseInt(env("BENCH_LATENCY_SECONDS", "10"));
        int rounds = Integer.parseInt(env("BENCH_ROUNDS", "3"));
        String key = System.getenv("ALGOGATE_API_KEY");
        if (key == null || key.isBlank()) {
            key = setUp();
        }
        if (System.getenv("BENCH_KEY_FILE") != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv("BENCH_KEY_FILE")), key + "\n");
        }
        if ("1".equals(System.getenv("BENCH_SETUP_ONLY"))) {
            return; // another client (bench/ws-bench.sh) measures with the key just written
        }
        System.out.println("# url=" + BASE + " threads=" + threads + " seconds=" + seconds + " warmup=" + warmup
                + " latency-seconds=" + latencySeconds + " rounds=" + rounds + " cores=" + Runtime.getRuntime().availableProcessors());

        String chain = "/api/v1/placeorder";
        String bare = "/__bench/placeorder";
        System.out.println("# warm-up");
        Result chainWarm = run("chain", chain, key, threads, warmup / 2.0);
        Result bareWarm = run("bare", bare, key, threads, warmup / 2.0);
        System.out.println(chainWarm.line());
        System.out.println(bareWarm.line());

        System.out.println("# latency: one request at a time");
        Result chainOne = run("chain", chain, key, 1, latencySeconds);
        Result bareOne = run("bare", bare, key, 1, latencySeconds);
        System.out.println(chainOne.line());
        System.out.println(bareOne.line());

        // Rounds alternate the two paths, so a drift over the run (the JIT still compiling, the
        // database growing) reaches both alike; the median round of each path is the figure.
        System.out.println("# throughput: " + threads + " concurrent clients, " + rounds + " rounds, chain then bare");
        List<Result> chainRounds = new ArrayList<>();
        List<Result> bareRounds = new ArrayList<>();
        long totalOk = chainWarm.ok + bareWarm.ok + chainOne.ok + bareOne.ok;
        for (int round = 1; round <= rounds; round++) {
            Result chainRound = run("chain", chain, key, threads, seconds);
            Result bareRound = run("bare", bare, key, threads, seconds);
            System.out.println(chainRound.line() + "  round " + round);
            System.out.println(bareRound.line() + "  round " + round);
            chainRounds.add(chainRound);
            bareRounds.add(bareRound);
            totalOk += chainRound.ok + bareRound.ok;
        }
        Result chainMany = median(chainRounds);
        Result bareMany = median(bareRounds);
        System.out.println("# median round");
        System.out.println(chainMany.line());
        System.out.println(bareMany.line());

        System.out.println("# chain over bare");
        summary("1 client", chainOne, bareOne);
        summary(threads + " clients", chainMany, bareMany);
        checkOrderLog(totalOk);
        long failed = chainOne.failed + bareOne.failed;
        for (int round = 0; round < rounds; round++) {
            failed += chainRounds.get(round).failed + bareRounds.get(round).failed;
        }
        if (failed > 0) {
            System.out.println("# FAILED requests: the figures above are not valid");
            System.exit(1);
        }
    }

    /** Both paths write the order log: one entry per order answered, or the run is not comparable. */
    static void checkOrderLog(long orders) throws Exception {
        if (admin == null) {
            System.out.println("# order log: not checked (no admin session; ALGOGATE_API_KEY given)");
            return;
        }
        HttpResponse<String> loginForm = admin.send(HttpRequest.newBuilder(URI.create(BASE + "/app/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(loginForm.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No login form: " + loginForm.statusCode());
        }
        HttpResponse<String> login = admin.send(HttpRequest.newBuilder(URI.create(BASE + "/app/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", BASE)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf.group(1)) + "&username=bench&password="
                        + enc(PASSWORD))).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 303) {
            throw new IllegalStateException("The admin could not log in: " + login.statusCode());
        }
        HttpResponse<String> page = admin.send(HttpRequest.newBuilder(URI.create(BASE + "/admin/api/orderlog?size=1"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher total = ORDER_LOG_TOTAL.matcher(page.body());
        if (page.statusCode() != 200 || !total.find()) {
            throw new IllegalStateException("No order log count: " + page.statusCode());
        }
        long entries = Long.parseLong(total.group(1));
        System.out.println("# order log: " + entries + " entries for " + orders + " orders answered on both paths");
        if (entries != orders) {
            System.out.println("# FAILED: the order log does not hold one entry per order");
            System.exit(1);
        }
    }

    /** The round with the median throughput (the upper one of an even count). */
    static Result median(List<Result> rounds) {
        List<Result> sorted = new ArrayList<>(rounds);
        sorted.sort(java.util.Comparator.comparingDouble(Result::rps));
        return sorted.get(sorted.size() / 2);
    }

    static void summary(String label, Result chain, Result bare) {
        System.out.println(String.format(Locale.ROOT,
                "%-11s throughput chain/bare=%.3f  p50 chain-bare=%+.3f ms (ratio %.2f)  p99 chain-bare=%+.3f ms (ratio %.2f)",
                label, chain.rps() / bare.rps(),
                chain.percentileMillis(50) - bare.percentileMillis(50), chain.percentileMillis(50) / bare.percentileMillis(50),
                chain.percentileMillis(99) - bare.percentileMillis(99), chain.percentileMillis(99) / bare.percentileMillis(99)));
    }

    static Result run(String name, String path, String key, int threads, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Future<long[]>> workers = new ArrayList<>();
        long[] failed = new long[1];
        String[] firstFailure = new String[1];
        for (int t = 0; t < threads; t++) {
            int worker = t;
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                long i = 0;
                KeepAliveConnection connection = null;
                while (System.nanoTime() < end) {
                    byte[] request = KeepAliveConnection.post(path, order(key, (worker + i++) % 2 == 0 ? "BUY" : "SELL"));
                    long sent = System.nanoTime();
                    KeepAliveConnection.Answer response;
                    try {
                        if (connection == null) {
                            connection = KeepAliveConnection.open(URI.create(BASE));
                        }
                        response = connection.exchange(request);
                    } catch (java.io.IOException e) {
                        if (connection != null) {
                            connection.close();
                            connection = null;
                        }
                        synchronized (failed) {
                            failed[0]++;
                            if (firstFailure[0] == null) {
                                firstFailure[0] = e.toString();
                            }
                        }
                        continue;
                    }
                    long took = System.nanoTime() - sent;
                    if (response.closing()) {
                        connection.close();
                        connection = null;
                    }
                    if (response.status() == 200 && response.body().contains("\"orderid\"")) {
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                    } else {
                        synchronized (failed) {
                            failed[0]++;
                            if (firstFailure[0] == null) {
                                firstFailure[0] = response.status() + " " + response.body();
                            }
                        }
                    }
                }
                if (connection != null) {
                    connection.close();
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            all.add(worker.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, threads, elapsed, merged.length, failed[0], merged, firstFailure[0]);
    }

    static String order(String key, String action) {
        return "{\"apikey\":\"" + key + "\",\"strategy\":\"bench\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\","
                + "\"action\":\"" + action + "\",\"quantity\":\"1\",\"pricetype\":\"MARKET\",\"product\":\"MIS\"}";
    }

    /** The administrator, through the setup form as a browser; the page shows the API key once. */
    static String setUp() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        admin = browser;
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(BASE + "/app/setup")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("No setup form (already set up? pass ALGOGATE_API_KEY): "
                    + form.statusCode());
        }
        String fields = "_csrf=" + enc(csrf.group(1)) + "&username=bench&email=bench%40example.com&password="
                + enc(PASSWORD);
        HttpResponse<String> done = browser.send(HttpRequest.newBuilder(URI.create(BASE + "/app/setup"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", BASE)
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher key = API_KEY.matcher(done.body());
        if (!key.find()) {
            throw new IllegalStateException("Setup showed no API key: " + done.statusCode() + " " + done.body());
        }
        HttpResponse<String> ping = CLIENT.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/ping"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"apikey\":\"" + key.group(1) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ping.statusCode() != 200) {
            throw new IllegalStateException("The new key does not ping: " + ping.statusCode() + " " + ping.body());
        }
        return key.group(1);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * A minimal HTTP/1.1 keep-alive client on one socket: the measured requests go through it rather
     * than java.net.http, whose selector thread and executor hand-offs cost the load generator more CPU
     * than the requests cost the gateway on a 2-core machine shared by both. It sends a prepared POST
     * and reads one answer (Content-Length or chunked).
     */
    static final class KeepAliveConnection {

        /** {@code closing}: the server ends the connection after this answer (its keep-alive limit). */
        record Answer(int status, String body, boolean closing) {
        }

        private final java.net.Socket socket;
        private final java.io.BufferedInputStream in;
        private final java.io.OutputStream out;

        private KeepAliveConnection(java.net.Socket socket) throws java.io.IOException {
            this.socket = socket;
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            this.in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
            this.out = socket.getOutputStream();
        }

        static KeepAliveConnection open(URI base) throws java.io.IOException {
            return new KeepAliveConnection(new java.net.Socket(base.getHost(), base.getPort()));
        }

        static byte[] post(String path, String json) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            URI base = URI.create(BASE);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            return request;
        }

        Answer exchange(byte[] request) throws java.io.IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
                throw new java.io.IOException("Not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                body.write(in.readNBytes(length));
            }
            return new Answer(status, body.toString(StandardCharsets.UTF_8), close);
        }

        private String line() throws java.io.IOException {
            StringBuilder text = new StringBuilder();
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    int last = text.length() - 1;
                    return last >= 0 && text.charAt(last) == '\r' ? text.substring(0, last) : text.toString();
                }
                text.append((char) c);
            }
            return text.length() == 0 ? null : text.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (java.io.IOException ignored) {
                // closing anyway
            }
        }
    }
}
