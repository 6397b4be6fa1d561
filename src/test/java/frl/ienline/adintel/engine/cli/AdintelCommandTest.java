package frl.ienline.adintel.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdintelCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final AdintelCommand command = new AdintelCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    int run(String... args) {
        return command.execute(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void generateClusterAndEvaluate(@TempDir Path dir) throws IOException {
        Path ads = dir.resolve("ads.jsonl");
        Path clusters = dir.resolve("clusters.csv");
        assertThat(run("generate", "--ads", "800", "--seed", "3", "--out", ads.toString())).isZero();
        assertThat(dir.resolve("ads.truth.csv")).exists();
        assertThat(run("cluster", "--in", ads.toString(), "--out", clusters.toString(), "--threads", "2")).isZero();
        List<String> rows = Files.readAllLines(clusters);
        assertThat(rows.get(0)).isEqualTo("source,sourceAdId,clusterId,networkId");
        assertThat(rows).hasSize(801);
        assertThat(rows).anyMatch(r -> r.matches("[^,]+,a-\\d+,C\\d+,N\\d+"));
        assertThat(rows).anyMatch(r -> r.matches("[^,]+,a-\\d+,,"));
        assertThat(run("evaluate", "--in", ads.toString(), "--truth", dir.resolve("ads.truth.csv").toString())).isZero();
        assertThat(out()).contains("clusters: precision").contains("networks: precision");
        assertThat(run("evaluate", "--in", ads.toString(), "--truth", dir.resolve("ads.truth.csv").toString(), "--clusters",
                clusters.toString())).isZero();
    }

    @Test
    void anInvalidInputClustersNothing(@TempDir Path dir) throws IOException {
        Path ads = dir.resolve("bad.jsonl");
        Files.writeString(ads, "{\"source\":\"s\",\"sourceAdId\":\"1\",\"capturedAt\":\"2026-01-01T00:00:00Z\",\"body\":\"x\"}\n{bad\n");
        Path clusters = dir.resolve("clusters.csv");
        assertThat(run("cluster", "--in", ads.toString(), "--out", clusters.toString())).isEqualTo(1);
        assertThat(err()).contains("line 2: not valid JSON").contains("nothing was clustered");
        assertThat(clusters).doesNotExist();
    }

    @Test
    void usageErrorsAreClear(@TempDir Path dir) {
        assertThat(run()).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'").contains("Usage:");
        assertThat(run("cluster", "--out", "x.csv")).isEqualTo(2);
        assertThat(err()).contains("missing --in");
        assertThat(run("cluster", "--in", dir.resolve("nope.jsonl").toString(), "--out", "x.csv")).isEqualTo(2);
        assertThat(err()).contains("no such file");
        assertThat(run("generate", "--ads", "ten", "--out", "x")).isEqualTo(2);
        assertThat(err()).contains("--ads must be a whole number");
        assertThat(run("generate", "--ads", "10", "--out", "x", "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("unknown option --colour");
        assertThat(run("generate", "--ads", "10", "--obfuscation", "9", "--out", "x")).isEqualTo(2);
        assertThat(run("generate", "--ads")).isEqualTo(2);
        assertThat(err()).contains("--ads needs a value");
        assertThat(run("help")).isZero();
    }

    @Test
    void csvFieldsAreQuotedAndFormulasNeutralised() {
        assertThat(AdintelCommand.csv("a-1")).isEqualTo("a-1");
        assertThat(AdintelCommand.csv("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(AdintelCommand.csv("-12")).isEqualTo("'-12");
        assertThat(AdintelCommand.csv("a,b\"c")).isEqualTo("\"a,b\"\"c\"");
    }

    @Test
    void aSmallBenchmarkRuns(@TempDir Path dir) {
        assertThat(run("benchmark", "--sizes", "300,600", "--levels", "0,4", "--quality-ads", "300", "--attach-base", "200",
                "--attach", "50", "--dir", dir.toString())).isZero();
        assertThat(out()).contains("== Scale").contains("== Quality").contains("p99");
    }
}
