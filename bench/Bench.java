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
 * per side and phase), BENCH_WARMUP_SECONDS (30: Liberty's JIT needs it on 2 cores), BENCH_LATENCY_SECONDS (10), ALGOGATE_API_KEY (set up
 * an admin if unset), BENCH_KEY_FILE (where to write the key, for a look afterwards).
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
                + " latency-seconds=" + latencySeconds + " cores=" + Runtime.getRuntime().availableProcessors());

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

        System.out.println("# throughput: " + threads + " concurrent clients");
        Result chainMany = run("chain", chain, key, threads, seconds);
        Result bareMany = run("bare", bare, key, threads, seconds);
        System.out.println(chainMany.line());
        System.out.println(bareMany.line());
        long totalOk = chainWarm.ok + bareWarm.ok + chainOne.ok + bareOne.ok + chainMany.ok + bareMany.ok;

        System.out.println("# chain over bare");
        summary("1 client", chainOne, bareOne);
        summary(threads + " clients", chainMany, bareMany);
        checkOrderLog(totalOk);
        if (chainOne.failed + bareOne.failed + chainMany.failed + bareMany.failed > 0) {
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
                while (System.nanoTime() < end) {
                    String body = order(key, (worker + i++) % 2 == 0 ? "BUY" : "SELL");
                    HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = System.nanoTime();
                    HttpResponse<String> response;
                    try {
                        response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                    } catch (java.io.IOException e) {
                        synchronized (failed) {
                            failed[0]++;
                            if (firstFailure[0] == null) {
                                firstFailure[0] = e.toString();
                            }
                        }
                        continue;
                    }
                    long took = System.nanoTime() - sent;
                    if (response.statusCode() == 200 && response.body().contains("\"orderid\"")) {
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                    } else {
                        synchronized (failed) {
                            failed[0]++;
                            if (firstFailure[0] == null) {
                                firstFailure[0] = response.statusCode() + " " + response.body();
                            }
                        }
                    }
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
}
