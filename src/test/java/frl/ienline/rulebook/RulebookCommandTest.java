package frl.ienline.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line check runs without Spring and fails on bad data. */
class RulebookCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return RulebookCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void checkAcceptsTheBundledData() {
        assertThat(run("check")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2026.1.yaml: version 2026.1", "2027.1.yaml: version 2027.1",
                "417 places", "OK");
    }

    @Test
    void checkFailsOnABadFileAndSaysWhere(@TempDir Path dir) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/rulebook/versions/2026.1.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("objectionPeriod: P6W",
                    "objectionPeriod: P0W");
            Files.writeString(dir.resolve("2026.1.yaml"), yaml);
        }

        assertThat(run("check", "file:" + dir.toAbsolutePath() + "/*.yaml")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("2026.1.yaml: procedure.objectionPeriod: must be a"
                + " positive period like P8W");
    }

    @Test
    void diffPrintsTheChanges() {
        assertThat(run("diff", "2026.1", "2027.1")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CHANGED  licenceKinds[EB].renewalLeadTime: P12W -> P16W",
                "12 change(s)");
    }

    @Test
    void unknownSubcommandShowsUsage() {
        assertThat(run("explode")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: rulebook check");
    }
}
