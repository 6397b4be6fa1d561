package frl.ienline.adintel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.IenlineApplication;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import frl.ienline.platform.EmbeddedPostgresServer;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crash safety: a child JVM imports a large file and is killed with SIGKILL while COPY is writing rows;
 * afterwards the database holds either the whole import or nothing (here: nothing, as it died mid-import).
 */
class ImportCrashTests {

    static final int ADS = 40_000;

    @TempDir
    Path folder;

    @Test
    void aProcessKilledMidImportLeavesTheWholeImportOrNothing() throws Exception {
        Path file = folder.resolve("ads.jsonl");
        new AdGenerator(GeneratorSettings.of(ADS, 11)).write(file, AdGenerator.truthPathFor(file));
        Path data = folder.resolve("data");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ImportingChild.class.getName(), data.toString(), file.toString()))
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile()).start();
        Path copying = data.resolveSibling("child.copying");
        Path done = data.resolveSibling("child.done");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!Files.exists(copying) && !Files.exists(done) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean killedMidImport = Files.exists(copying) && !Files.exists(done);
        child.destroyForcibly().waitFor();
        assertThat(killedMidImport).as("the child was killed while COPY was writing (see child.log)").isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false)) {
            long imports = count(server, "import");
            long snapshots = count(server, "snapshot");
            long ads = count(server, "ad");
            long entities = count(server, "entity");
            if (imports == 0) {
                assertThat(List.of(snapshots, ads, entities)).containsOnly(0L);
            } else {
                assertThat(imports).isEqualTo(1);
                assertThat(snapshots).isEqualTo(ADS);
            }
            assertThat(imports).as("killed mid-import: nothing was committed").isZero();
        }
    }

    private static long count(EmbeddedPostgresServer server, String table) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.APP_ROLE,
                server.password(EmbeddedPostgresServer.APP_ROLE));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM adintel." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs in its own JVM: starts the application on the folder and imports the file; the test kills it. */
    public static final class ImportingChild {
        public static void main(String[] args) throws Exception {
            Path data = Path.of(args[0]);
            SpringApplication application = new SpringApplication(IenlineApplication.class);
            // arguments, not default properties: the test configuration (config/application.yml) would win over those
            ConfigurableApplicationContext context = application.run("--server.port=-1",
                    "--ienline.database.embedded.data-directory=" + data, "--ienline.database.embedded.ephemeral=false",
                    "--ienline.demo.enabled=false", "--spring.main.banner-mode=off");
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Thread watcher = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        long rows = jdbc.sql("SELECT coalesce(sum(tuples_processed), 0) FROM pg_stat_progress_copy")
                                .query(Long.class).single();
                        long stored = jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY adintel.%'")
                                .query(Long.class).single();
                        if (rows > 0 || stored > 0) {
                            Files.createFile(data.resolveSibling("child.copying"));
                            return;
                        }
                        Thread.sleep(5);
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
            });
            try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[1])))) {
                System.out.println(context.getBean(AdImports.class).importAsSystem(in, ImportSource.COMMAND, false));
            }
            Files.createFile(data.resolveSibling("child.done"));
            watcher.join(1000);
            System.exit(0);
        }
    }
}
