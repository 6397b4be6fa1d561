package frl.ienline.reporting;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import frl.ienline.IenlineApplication;
import frl.ienline.TestActors;
import frl.ienline.reporting.internal.DemoReportingData;
import frl.ienline.shared.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Benchmark of the reporting screens and the council report (docs/benchmarks.md): starts the whole application
 * on a throw-away embedded PostgreSQL, writes five years × 18 municipalities of history through the demo path
 * ({@code bench.scale} times the believable volume), then renders each page through the full filter chain and
 * template (MockMvc, signed in as a policy advisor; no network) and prints p50, p95 and the maximum. Not a test:
 * {@code ./mvnw -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test
 * -Dexec.mainClass=frl.ienline.reporting.ReportingBenchmark} (system properties {@code bench.scale},
 * {@code bench.requests}, {@code bench.pdfs}).
 */
public final class ReportingBenchmark {

    public static void main(String[] args) throws Exception {
        int scale = Integer.getInteger("bench.scale", 1);
        int requests = Integer.getInteger("bench.requests", 60);
        int pdfs = Integer.getInteger("bench.pdfs", 12);
        Path data = Files.createTempDirectory("ienline-reporting-benchmark-");
        SpringApplication application = new SpringApplication(IenlineApplication.class);
        application.setDefaultProperties(Map.of(
                "server.port", "0",
                "ienline.database.embedded.data-directory", data.resolve("db").toString(),
                "ienline.database.embedded.ephemeral", "true",
                "ienline.demo.enabled", "false",
                "ienline.exports.per-actor-per-hour", "1000000",
                // one client asks the open-data API more often than a real one may: measure the work, not the limit
                "ienline.reporting.open-data.per-client-per-minute", "1000000",
                "ienline.api.requests-per-minute", "1000000",
                "logging.level.root", "WARN",
                "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext context = application.run()) {
            long started = System.nanoTime();
            int facts = context.getBean(DemoReportingData.class).load(scale, 20261207L);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long rows = jdbc.sql("SELECT count(*) FROM reporting.daily_count").query(Long.class).single();
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
            var advisor = TestActors.actor("SDF", Role.POLICY_ADVISOR, "GM0080");
            int year = LocalDate.now().getYear();
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("regional dashboard, this year", "/app/rapportage?periode=" + year);
            pages.put("regional dashboard, last year, ads", "/app/rapportage?periode=" + (year - 1) + "&maatstaf=advertenties_nieuw");
            pages.put("municipality dashboard (Leeuwarden)", "/app/rapportage/gemeenten/GM0080?periode=" + year);
            pages.put("compare two municipalities", "/app/rapportage/vergelijken?a=GM0080&b=GM0072&periode=" + year);
            pages.put("uniformity monitor, this year", "/app/rapportage/monitor?periode=" + year);
            pages.put("uniformity monitor, a quarter", "/app/rapportage/monitor?periode=" + (year - 1) + "-Q3");
            pages.put("open-data API", "/api/v1/statistieken?periode=" + (year - 1));
            System.out.printf(Locale.ROOT, "%nReporting benchmark: scale %d, %d facts written in %.1f s, %d daily count rows,"
                    + " %d CPU cores, Java %s%n", scale, facts, loadSeconds, rows,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            for (String path : pages.values()) { // warm-up
                for (int i = 0; i < 10; i++) {
                    mvc.perform(get(path).with(TestActors.as(advisor))).andReturn();
                }
            }
            System.out.printf(Locale.ROOT, "%n%-40s %8s %8s %8s %8s%n", "page", "n", "p50 ms", "p95 ms", "max ms");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                report(page.getKey(), measure(mvc, get(page.getValue()).with(TestActors.as(advisor)), requests));
            }
            for (int i = 0; i < 2; i++) {
                mvc.perform(get("/app/rapportage/raadsrapportage.pdf?periode=" + year).with(TestActors.as(advisor))).andReturn();
            }
            report("council report PDF, region", measure(mvc, get("/app/rapportage/raadsrapportage.pdf?periode=" + year)
                    .with(TestActors.as(advisor)), pdfs));
            report("council report PDF, Leeuwarden", measure(mvc, get("/app/rapportage/raadsrapportage.pdf?gemeente=GM0080&periode="
                    + (year - 1)).with(TestActors.as(advisor)), pdfs));
        }
    }

    private static double[] measure(MockMvc mvc, MockHttpServletRequestBuilder request, int n) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            millis.add((System.nanoTime() - start) / 1e6);
            if (status != 200) {
                throw new IllegalStateException("HTTP " + status);
            }
        }
        return millis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void report(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-40s %8d %8.1f %8.1f %8.1f%n", name, sorted.length, percentile(sorted, 50),
                percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }
}
