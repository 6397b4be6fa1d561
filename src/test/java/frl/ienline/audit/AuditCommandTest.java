package frl.ienline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.audit.AuditCommand.Target;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arguments, environment and failures of {@code audit verify}; the check itself runs in AccessLogChainTests. */
class AuditCommandTest {

    static final Map<String, String> EXTERNAL = Map.of("IENLINE_DB_URL", "jdbc:postgresql://db:5432/ienline",
            "IENLINE_DB_APP_USER", "ienline_app", "IENLINE_DB_APP_PASSWORD", "secret");

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Map<String, String> env, AuditCommand.Opener opener, String... args) {
        return AuditCommand.run(args, env, opener, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static AuditCommand.Opener mustNotOpen() {
        return target -> {
            throw new AssertionError("must not open a database for a usage error");
        };
    }

    @Test
    void withoutEnvironmentItOpensTheDefaultEmbeddedFolder() {
        assertThat(AuditCommand.parse(new String[] {"verify"}, Map.of()))
                .isEqualTo(new Target.Embedded(Path.of("data", "postgres")));
    }

    @Test
    void dataDirChoosesAnotherEmbeddedFolderInEitherSpelling() {
        assertThat(AuditCommand.parse(new String[] {"verify", "--data-dir", "/srv/ienline/pg"}, Map.of()))
                .isEqualTo(new Target.Embedded(Path.of("/srv/ienline/pg")));
        assertThat(AuditCommand.parse(new String[] {"verify", "--data-dir=/srv/x"}, Map.of("IENLINE_DB_URL", " ")))
                .isEqualTo(new Target.Embedded(Path.of("/srv/x")));
    }

    @Test
    void theProductionVariablesChooseTheExternalDatabase() {
        assertThat(AuditCommand.parse(new String[] {"verify"}, EXTERNAL))
                .isEqualTo(new Target.External("jdbc:postgresql://db:5432/ienline", "ienline_app", "secret"));
    }

    @Test
    void usageErrorsExitWithTwoAndExplain() {
        assertThat(run(Map.of(), mustNotOpen())).isEqualTo(2);
        assertThat(err()).contains("missing subcommand").contains("Usage: java -jar ienline.jar audit verify");
        assertThat(run(Map.of(), mustNotOpen(), "check")).isEqualTo(2);
        assertThat(err()).contains("unknown subcommand 'check'");
        assertThat(run(Map.of(), mustNotOpen(), "verify", "--fast")).isEqualTo(2);
        assertThat(err()).contains("unknown argument '--fast'");
        assertThat(run(Map.of(), mustNotOpen(), "verify", "--data-dir")).isEqualTo(2);
        assertThat(err()).contains("--data-dir needs a folder");
        assertThat(run(Map.of(), mustNotOpen(), "verify", "--data-dir", "a", "--data-dir", "b")).isEqualTo(2);
        assertThat(run(EXTERNAL, mustNotOpen(), "verify", "--data-dir", "a")).isEqualTo(2);
        assertThat(err()).contains("leave out one of them");
        assertThat(run(Map.of("IENLINE_DB_URL", "jdbc:postgresql://db/ienline"), mustNotOpen(), "verify")).isEqualTo(2);
        assertThat(err()).contains("set IENLINE_DB_APP_USER and IENLINE_DB_APP_PASSWORD too");
    }

    @Test
    void helpExitsWithZero() {
        assertThat(run(Map.of(), mustNotOpen(), "--help")).isZero();
        assertThat(out()).contains("Exit status: 0 intact, 1 broken, 2 usage error, 3 could not verify");
    }

    @Test
    void anUnreachableDatabaseExitsWithThreeAndNeverPrintsThePassword() {
        AtomicReference<Target> opened = new AtomicReference<>();
        int status = run(EXTERNAL, target -> {
            opened.set(target);
            throw new IllegalStateException("Connection refused");
        }, "verify");
        assertThat(status).isEqualTo(3);
        assertThat(opened.get()).isInstanceOf(Target.External.class);
        assertThat(err()).contains("could not verify").contains("Connection refused");
        assertThat(out() + err()).doesNotContain("secret").doesNotContain("db:5432");
    }

    @Test
    void aFolderWithoutADatabaseIsReportedPlainly(@TempDir Path folder) {
        assertThatThrownBy(() -> AuditCommand.requireFreeEmbeddedFolder(folder))
                .isInstanceOf(AuditCommand.CannotVerify.class).hasMessageContaining("there is no ienline database in");
        int status = run(Map.of(), target -> {
            AuditCommand.requireFreeEmbeddedFolder(((Target.Embedded) target).dataDirectory());
            throw new AssertionError("unreachable");
        }, "verify", "--data-dir", folder.toString());
        assertThat(status).isEqualTo(3);
    }

    @Test
    void aFolderHeldByARunningIenlineSaysStopItOrUseTheAuditorPage(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("cluster"));
        Files.writeString(folder.resolve("cluster").resolve("PG_VERSION"), "17\n");
        try (FileChannel channel = FileChannel.open(folder.resolve("instance.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            int status = run(Map.of(), target -> {
                AuditCommand.requireFreeEmbeddedFolder(((Target.Embedded) target).dataDirectory());
                throw new AssertionError("must not start a second PostgreSQL on a folder in use");
            }, "verify", "--data-dir", folder.toString());
            assertThat(status).isEqualTo(3);
            assertThat(err()).contains("in use by a running ienline").contains("Stop the application first")
                    .contains("/app/toegangslog");
        }
        AuditCommand.requireFreeEmbeddedFolder(folder); // free again once the lock is gone
    }
}
