package frl.ienline.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reporting rebuild} without Spring: help, usage errors and a folder without a database, in words. */
class ReportingCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Map<String, String> env, String... args) {
        return ReportingCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpExplainsTheCommand() {
        assertThat(run(Map.of(), "help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reporting rebuild [--data-dir DIR]", "IENLINE_DB_URL");
    }

    @Test
    void anUnknownSubcommandOrArgumentIsAUsageError() {
        assertThat(run(Map.of(), "recount")).isEqualTo(2);
        assertThat(run(Map.of(), "rebuild", "--everything")).isEqualTo(2);
        assertThat(run(Map.of(), "rebuild", "--data-dir")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown subcommand 'recount'");
    }

    @Test
    void bothAnExternalDatabaseAndAFolderIsAUsageError() {
        assertThat(run(Map.of("IENLINE_DB_URL", "jdbc:postgresql://localhost/x"), "rebuild", "--data-dir", "d")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("leave out one of them");
    }

    @Test
    void aFolderWithoutADatabaseSaysSo(@TempDir Path empty) {
        assertThat(run(Map.of(), "rebuild", "--data-dir", empty.toString())).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no ienline database in");
    }
}
