package frl.ienline.adintel.engine.cli;

import frl.ienline.adintel.internal.AdImports;
import frl.ienline.adintel.internal.ImportOutcome;
import frl.ienline.adintel.internal.ImportSource;
import frl.ienline.adintel.engine.snapshot.LineError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code adintel import --in ads.jsonl}: the one import path of the application, run from the command line.
 * Unlike the other adintel commands it needs the database: it starts the Spring context without a web server
 * against the configured database (no HTTP port is opened) (embedded data folder or {@code IENLINE_DB_*} with the prod profile),
 * imports in one transaction, prints the counts or the errors, and stops.
 */
final class DatabaseImport {

    private DatabaseImport() {
    }

    static int run(Map<String, String> options, PrintStream out, PrintStream err) throws IOException {
        AdintelCommand.allow(options, Set.of("in"));
        String in = options.get("in");
        if (in == null) {
            throw new AdintelCommand.UsageError("import needs --in FILE");
        }
        Path file = Path.of(in);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + file);
        }
        Class<?> application;
        try {
            application = Class.forName("frl.ienline.IenlineApplication");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.SERVLET).logStartupInfo(false)
                // as arguments, which outrank application.yml: server.port=-1 keeps the servlet context (the security
                // configuration needs it) but opens no port, so the command runs beside a running ienline
                .run("--server.port=-1", "--spring.main.banner-mode=off", "--ienline.demo.enabled=false",
                        "--logging.level.root=WARN");
                InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ImportOutcome outcome = context.getBean(AdImports.class).importAsSystem(stream, ImportSource.COMMAND, false);
            if (outcome instanceof ImportOutcome.Completed done) {
                out.printf("adintel: imported %s: %d snapshots read, %d new snapshots, %d new ads, %d already known (import %s)%n",
                        file.getFileName(), done.snapshotsRead(), done.newSnapshots(), done.newAds(),
                        done.repeatedSnapshots(), done.importId());
                return 0;
            }
            ImportOutcome.Rejected rejected = (ImportOutcome.Rejected) outcome;
            err.println("adintel: the input has " + rejected.totalErrors() + " error(s); nothing was imported");
            for (LineError error : rejected.errors()) {
                err.println("  " + error);
            }
            return 1;
        }
    }
}
