package frl.ienline.adintel.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adintel import --in FILE}: the application without HTTP port, the one import path, counts or errors. */
class DatabaseImportTest {

    @TempDir
    Path folder;

    @Test
    void importsAFileOrListsItsErrors() throws Exception {
        Path good = folder.resolve("ads.jsonl");
        new AdintelCommand(System.out, System.err).execute(new String[] {"generate", "--ads", "300", "--seed", "4", "--out",
                good.toString()});
        Path bad = folder.resolve("bad.jsonl");
        Files.writeString(bad, Files.readAllLines(good).getFirst() + "\n{\"source\":\"x\",\"sourceAdId\":\"y\","
                + "\"capturedAt\":\"morgen\",\"body\":\"\"}\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AdintelCommand command = new AdintelCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(command.execute(new String[] {"import", "--in", bad.toString()})).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing was imported")
                .contains("line 2, capturedAt: not an ISO-8601 date-time");
        assertThat(command.execute(new String[] {"import", "--in", good.toString()})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("300 snapshots read, 300 new snapshots");
    }
}
