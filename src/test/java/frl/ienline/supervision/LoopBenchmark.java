package frl.ienline.supervision;

import frl.ienline.IenlineApplication;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import frl.ienline.adintel.internal.AdBlindIndex;
import frl.ienline.adintel.internal.AdImports;
import frl.ienline.adintel.internal.AdLicenceRechecks;
import frl.ienline.adintel.internal.ImportSource;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 at scale, on a throw-away embedded PostgreSQL: imports generated ads ({@code -Dbench.ads=100000}),
 * waits until supervision has turned them into leads, and reports leads next to networks and subjects; then
 * re-checks the stored ads of one licence number set-based ({@code -Dbench.carriers=10000} ads made to show it),
 * as a change in the register would. See docs/benchmarks.md, section "Leads per subject; ads follow the register".
 */
public final class LoopBenchmark {

    private LoopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean demo = Boolean.getBoolean("bench.demo"); // the demo data instead of a generated import
        int ads = Integer.getInteger("bench.ads", 100_000);
        int carriers = Integer.getInteger("bench.carriers", 10_000);
        Path data = Files.createTempDirectory("ienline-loop-benchmark-");
        Path file = data.resolve("ads.jsonl");
        if (!demo) {
            new AdGenerator(GeneratorSettings.of(ads, 42)).write(file, AdGenerator.truthPathFor(file));
        }
        SpringApplication application = new SpringApplication(IenlineApplication.class);
        try (ConfigurableApplicationContext context = application.run("--server.port=-1",
                "--ienline.database.embedded.data-directory=" + data.resolve("db"),
                "--ienline.database.embedded.ephemeral=true", "--ienline.demo.enabled=" + demo,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            AdImports imports = context.getBean(AdImports.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long start = System.nanoTime();
            if (!demo) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    imports.importAsSystem(in, ImportSource.COMMAND, false);
                }
            }
            double imported = (System.nanoTime() - start) / 1e9;
            while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                    .query(Long.class).single() > 0) {
                Thread.sleep(200);
            }
            double leadsDone = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s imported in %.1f s; leads made by %.1f s%n",
                    demo ? "the demo ads (at start-up)" : String.format(Locale.ROOT, "%,d ads", ads), imported, leadsDone);
            System.out.printf(Locale.ROOT, "networks %,d (live %,d); ads in Fryslan %,d; advertisers (subjects) in Fryslan %,d%n",
                    count(jdbc, "SELECT count(*) FROM adintel.network"),
                    count(jdbc, "SELECT count(*) FROM adintel.network WHERE merged_into IS NULL"),
                    count(jdbc, "SELECT count(*) FROM adintel.ad WHERE municipality IS NOT NULL"),
                    count(jdbc, """
                            SELECT count(DISTINCT coalesce(a.network_id::text,
                                (SELECT min(e.blind_index) FROM adintel.entity e WHERE e.snapshot_id = a.latest_snapshot_id
                                   AND e.kind IN ('PHONE', 'EMAIL')), a.id::text))
                              FROM adintel.ad a WHERE a.municipality IS NOT NULL"""));
            String[] mandate = context.getBean(frl.ienline.supervision.internal.SupervisionAccess.class).mandate()
                    .participantsOn(java.time.LocalDate.now()).stream().map(m -> m.value()).toArray(String[]::new);
            System.out.printf(Locale.ROOT, "in the mandate today: %,d open leads; %,d advertisers (subjects) with an ad"
                            + " without a valid licence of its own, %,d advertisers in all%n",
                    jdbc.sql("SELECT count(*) FROM supervision.lead WHERE state = 'OPEN' AND municipality = ANY(:m)")
                            .param("m", mandate).query(Long.class).single(),
                    jdbc.sql(SUBJECTS + " AND a.licence_check IN ('LICENCE_MISMATCH', 'INVALID_LICENCE', 'NO_LICENCE_NUMBER')")
                            .param("m", mandate).query(Long.class).single(),
                    jdbc.sql(SUBJECTS).param("m", mandate).query(Long.class).single());
            if (demo) {
                return;
            }
            System.out.printf(Locale.ROOT, "leads %,d (open %,d), evidence ads %,d; by subject: %s%n",
                    count(jdbc, "SELECT count(*) FROM supervision.lead"),
                    count(jdbc, "SELECT count(*) FROM supervision.lead WHERE state = 'OPEN'"),
                    count(jdbc, "SELECT count(*) FROM supervision.lead_ad"),
                    jdbc.sql("SELECT string_agg(k || ' ' || n, ', ') FROM (SELECT subject_kind k, count(*) n"
                            + " FROM supervision.lead GROUP BY 1 ORDER BY 2 DESC) t").query(String.class).single());

            // one licence number shown by many stored ads: the re-check after a change in the register
            String number = "FRL-0080-PB-0999";
            String index = context.getBean(AdBlindIndex.class).licenceNumber(number);
            jdbc.sql("""
                    INSERT INTO adintel.entity (snapshot_id, position, kind, value, blind_index, municipality)
                    SELECT latest_snapshot_id, 9999, 'LICENCE_NUMBER', :n, :i, 'GM0080'
                      FROM adintel.ad ORDER BY id LIMIT :c""").param("n", number).param("i", index)
                    .param("c", carriers).update();
            jdbc.sql("""
                    UPDATE adintel.ad SET licence_check = 'LICENSED' WHERE latest_snapshot_id IN
                      (SELECT snapshot_id FROM adintel.entity WHERE blind_index = :i) AND municipality IS NOT NULL""")
                    .param("i", index).update();
            AdLicenceRechecks rechecks = context.getBean(AdLicenceRechecks.class);
            for (int round = 1; round <= 3; round++) {
                long t0 = System.nanoTime();
                AdLicenceRechecks.Outcome outcome = rechecks.recheck(number);
                System.out.printf(Locale.ROOT, "re-check %d of licence %s among %,d stored ads: %,d ads show it, %,d changed,"
                        + " %.0f ms%n", round, number, count(jdbc, "SELECT count(*) FROM adintel.ad"), outcome.checked(),
                        outcome.changed(), (System.nanoTime() - t0) / 1e6);
            }
            long t1 = System.nanoTime();
            while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                    .query(Long.class).single() > 0) {
                Thread.sleep(100);
            }
            System.out.printf(Locale.ROOT, "supervision followed (leads made or refreshed) within %.1f s; leads now %,d%n",
                    (System.nanoTime() - t1) / 1e9, count(jdbc, "SELECT count(*) FROM supervision.lead"));
        }
    }

    /** The advertisers (network, else smallest phone or e-mail index, else the ad) of the ads in {@code :m}. */
    static final String SUBJECTS = """
            SELECT count(DISTINCT coalesce(a.network_id::text,
                (SELECT min(e.blind_index) FROM adintel.entity e WHERE e.snapshot_id = a.latest_snapshot_id
                   AND e.kind IN ('PHONE', 'EMAIL')), a.id::text))
              FROM adintel.ad a WHERE a.municipality = ANY(:m)""";

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
