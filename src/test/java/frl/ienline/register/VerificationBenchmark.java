package frl.ienline.register;

import frl.ienline.IenlineApplication;
import frl.ienline.register.internal.VerificationSnapshot;
import frl.ienline.shared.PublicPaths;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Benchmark of the licence verification API against a trivial endpoint of the same server, in the same run
 * (docs/benchmarks.md). Starts the whole application on a throw-away embedded PostgreSQL, loads N licences,
 * and drives a bounded number of requests per endpoint from a loopback client (Java HttpClient, one virtual
 * thread per concurrent client). Prints requests per second and p50/p99 latency for each endpoint and the
 * ratio to the trivial endpoint. Not a test: run it on demand with
 * {@code ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test
 * -Dexec.mainClass=frl.ienline.register.VerificationBenchmark}
 * (system properties {@code bench.licences}, {@code bench.requests}, {@code bench.concurrency}, {@code bench.warmup}).
 */
public final class VerificationBenchmark {

    /** The answers other than 200, by status code, over the whole run (printed at the end). */
    private static final Map<Integer, Integer> STATUSES = new java.util.concurrent.ConcurrentSkipListMap<>();

    record Result(String name, int requests, double seconds, long[] latenciesNanos, int errors) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1_000_000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        int licences = Integer.getInteger("bench.licences", 5000);
        int requests = Integer.getInteger("bench.requests", 20000);
        int concurrency = Integer.getInteger("bench.concurrency", 8);
        int warmup = Integer.getInteger("bench.warmup", 5000);
        Path data = Files.createTempDirectory("ienline-benchmark-");

        SpringApplication application = new SpringApplication(IenlineApplication.class);
        application.setDefaultProperties(Map.of(
                "server.port", "0",
                "ienline.database.embedded.data-directory", data.resolve("db").toString(),
                "ienline.database.embedded.ephemeral", "true",
                "ienline.demo.enabled", "false",
                "ienline.register.verification.requests-per-minute", "1000000000",
                "ienline.register.verification.licences-per-phone-per-day", "1000000000",
                "ienline.register.verification.phones-per-licence-per-day", "1000000000",
                "ienline.api.requests-per-minute", "1000000000",
                "logging.level.root", "WARN",
                "spring.main.banner-mode", "off"));
        application.addInitializers(context -> registerTrivialEndpoint((GenericApplicationContext) context));
        try (ConfigurableApplicationContext context = application.run()) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            List<String> numbers = loadLicences(context.getBean(JdbcTemplate.class), licences);
            context.getBean(VerificationSnapshot.class).refresh();
            String base = "http://127.0.0.1:" + port;
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();

            IntFunction<HttpRequest> trivial = i -> HttpRequest.newBuilder(URI.create(base + "/bench/ping")).GET().build();
            IntFunction<HttpRequest> status = i -> HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/vergunningen/" + pick(numbers))).GET().build();
            // the phone number in the body, never in the URL (M14); a different number per request, as ad
            // intelligence asks: each new (licence, number) pair is counted and logged, as in production
            IntFunction<HttpRequest> adPhone = i -> HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/vergunningen/" + pick(numbers) + "/advertentienummer"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"telefoon\":\"+316" + (1 + ThreadLocalRandom.current().nextInt(5))
                            + String.format(Locale.ROOT, "%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "\"}"))
                    .build();

            System.out.printf(Locale.ROOT, "%nLicence verification benchmark: %d licences, %d requests per endpoint,"
                    + " %d concurrent clients, %d warm-up requests per endpoint, %d CPU cores, Java %s%n", licences,
                    requests, concurrency, warmup, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            for (IntFunction<HttpRequest> target : List.of(trivial, status, adPhone)) {
                run("warm-up", client, target, warmup, concurrency);
            }
            String loadBefore = loadAverage();
            List<Result> results = new ArrayList<>();
            for (int round = 1; round <= 2; round++) {
                results.add(run("trivial GET /bench/ping", client, trivial, requests, concurrency));
                results.add(run("GET /api/v1/vergunningen/{nummer}", client, status, requests, concurrency));
                results.add(run("POST /api/v1/vergunningen/{nummer}/advertentienummer", client, adPhone, requests,
                        concurrency));
            }
            System.out.printf(Locale.ROOT, "%n%-55s %10s %9s %9s %7s%n", "endpoint (round 2 of 2)", "req/s", "p50 ms",
                    "p99 ms", "errors");
            List<Result> last = results.subList(3, 6);
            for (Result r : last) {
                System.out.printf(Locale.ROOT, "%-55s %10.0f %9.2f %9.2f %7d%n", r.name(), r.perSecond(),
                        r.percentileMillis(50), r.percentileMillis(99), r.errors());
            }
            Result base1 = last.get(0);
            for (Result r : last.subList(1, 3)) {
                double ratio = r.perSecond() / base1.perSecond();
                System.out.printf(Locale.ROOT, "%s: %.2f of the trivial endpoint's req/s (target >= 0.50: %s),"
                        + " p99 %.2f ms (target < 20 ms: %s)%n", r.name(), ratio, ratio >= 0.5 ? "met" : "NOT met",
                        r.percentileMillis(99), r.percentileMillis(99) < 20 ? "met" : "NOT met");
            }
            // Open loop at half the trivial endpoint's throughput: the target's "p99 at that load".
            double rate = base1.perSecond() / 2;
            System.out.printf(Locale.ROOT, "%nAt a fixed rate of %.0f req/s (half the trivial endpoint's), %d s each,"
                    + " latency from the scheduled send time:%n", rate, PACED_SECONDS);
            var pacedTargets = List.of(Map.entry("trivial GET /bench/ping", trivial),
                    Map.entry("GET /api/v1/vergunningen/{nummer}", status),
                    Map.entry("POST /api/v1/vergunningen/{nummer}/advertentienummer", adPhone));
            // the open loop uses 64 connections where the closed loop used 8: open them and warm the paths at
            // this rate first, so the first measured endpoint does not pay for connection set-up
            for (var paced : pacedTargets) {
                paced("warm-up " + paced.getKey(), client, paced.getValue(), rate, PACED_WARMUP_SECONDS);
            }
            for (var paced : pacedTargets) {
                Result r = paced(paced.getKey(), client, paced.getValue(), rate, PACED_SECONDS);
                System.out.printf(Locale.ROOT, "%-55s %10.0f %9.2f %9.2f %7d  p99 < 20 ms: %s%n", r.name(),
                        r.perSecond(), r.percentileMillis(50), r.percentileMillis(99), r.errors(),
                        r.percentileMillis(99) < 20 ? "met" : "NOT met");
            }
            System.out.printf(Locale.ROOT, "Load average before/after: %s / %s (other processes share these cores)%n",
                    loadBefore, loadAverage());
            System.out.printf(Locale.ROOT, "Answers other than 200 (all phases, warm-up included): %s%n",
                    STATUSES.isEmpty() ? "none" : STATUSES);
            System.out.printf(Locale.ROOT,
                    "Round 1 for comparison: trivial %.0f req/s, status %.0f req/s, ad phone %.0f"
                    + " req/s%n%n", results.get(0).perSecond(), results.get(1).perSecond(), results.get(2).perSecond());
        }
    }

    static final int PACED_SECONDS = Integer.getInteger("bench.pacedSeconds", 15);
    static final int PACED_WARMUP_SECONDS = Integer.getInteger("bench.pacedWarmupSeconds", 5);

    /**
     * Sends requests at a fixed rate: 64 virtual-thread senders (64 keep-alive connections) take the next
     * scheduled slot, wait for its time and send; latency counts from the scheduled time, so a late send
     * counts as latency (no coordinated omission).
     */
    private static Result paced(String name, HttpClient client, IntFunction<HttpRequest> target, double perSecond, int seconds)
            throws Exception {
        int total = (int) (perSecond * seconds);
        long[] latencies = new long[total];
        int[] errors = new int[1];
        long intervalNanos = (long) (1e9 / perSecond);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < 64; s++) {
                senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long scheduled = start + i * intervalNanos;
                        long wait = scheduled - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        HttpRequest request = target.apply(i);
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - scheduled;
                        if (response.statusCode() != 200) {
                            synchronized (errors) {
                                errors[0]++;
                                STATUSES.merge(response.statusCode(), 1, Integer::sum);
                            }
                        }
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(name, total, elapsed, latencies, errors[0]);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String pick(List<String> numbers) {
        return numbers.get(ThreadLocalRandom.current().nextInt(numbers.size()));
    }

    /** A constant small JSON answer through the same filter chain: the baseline. */
    private static void registerTrivialEndpoint(GenericApplicationContext context) {
        context.registerBean("benchmarkPublicPaths", PublicPaths.class, () -> PublicPaths.of("/bench/**"));
        context.registerBean("benchmarkRoutes", RouterFunction.class, () -> RouterFunctions.route()
                .GET("/bench/ping", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .body("{\"status\":\"ok\"}"))
                .build());
    }

    private static Result run(String name, HttpClient client, IntFunction<HttpRequest> target, int total, int concurrency)
            throws Exception {
        long[] latencies = new long[total];
        int[] errors = new int[1];
        int perWorker = total / concurrency;
        long start = System.nanoTime();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                int offset = w * perWorker;
                futures.add(workers.submit(() -> {
                    for (int i = 0; i < perWorker; i++) {
                        HttpRequest request = target.apply(offset + i);
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[offset + i] = System.nanoTime() - t0;
                        if (response.statusCode() != 200) {
                            synchronized (errors) {
                                errors[0]++;
                                STATUSES.merge(response.statusCode(), 1, Integer::sum);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = perWorker * concurrency;
        return new Result(name, done, seconds, Arrays.copyOf(latencies, done), errors[0]);
    }

    /** N made-up escort licences spread over the 18 municipalities, inserted in batches. */
    private static List<String> loadLicences(JdbcTemplate jdbc, int count) {
        String[] municipalities = {"GM0059", "GM0060", "GM1891", "GM1940", "GM0072", "GM0074", "GM0080", "GM1970",
            "GM0085", "GM0086", "GM0088", "GM0090", "GM1900", "GM0093", "GM0737", "GM0096", "GM1949", "GM0098"};
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate today = LocalDate.now();
        List<Object[]> applications = new ArrayList<>();
        List<Object[]> licences = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        for (int i = 0; i < count; i++) {
            String municipality = municipalities[i % municipalities.length];
            int sequence = i / municipalities.length + 1;
            String number = "FRL-" + municipality.substring(2) + "-EB-" + String.format(Locale.ROOT, "%04d", sequence);
            UUID applicationId = UUID.randomUUID();
            StringBuilder reference = new StringBuilder("AV-");
            int n = i;
            for (int c = 0; c < 8; c++) {
                if (c == 4) {
                    reference.append('-');
                }
                reference.append(alphabet.charAt(n % alphabet.length()));
                n /= alphabet.length();
            }
            applications.add(new Object[] {applicationId, reference.toString(), now, now});
            licences.add(new Object[] {UUID.randomUUID(), number, applicationId, reference.toString(), municipality,
                "Benchmark Escort " + i, "+316" + String.format(Locale.ROOT, "%08d", 10_000_000 + i),
                java.sql.Date.valueOf(today.minusDays(i % 300)), java.sql.Date.valueOf(today.plusDays(65 + i % 300)),
                now, now});
            numbers.add(number);
        }
        jdbc.batchUpdate("""
                INSERT INTO register.application (id, reference, channel, state, version, created_at, updated_at)
                VALUES (?, ?, 'PAPER', 'FINAL', 0, ?, ?)""", applications);
        jdbc.batchUpdate("""
                INSERT INTO register.licence (id, number, application_id, application_reference, kind, municipality,
                    business_name, ad_phone, expected_sex_workers, holder_type, holder_name, holder_name_key, conditions,
                    valid_from, valid_until, rulebook_version, state, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'EB', ?, ?, ?, 2, 'COMPANY', 'Benchmark B.V.', 'benchmark b v', '{}', ?, ?, '2026.1',
                    'ACTIVE', 0, ?, ?)""", licences);
        return numbers;
    }

    private VerificationBenchmark() {
    }
}
