package frl.ienline.adintel.engine.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdSnapshotReaderTest {

    static final String GOOD = """
            {"source":"kinky.nl","sourceAdId":"a-1029384","url":"https://example.org/ad/1029384","capturedAt":"2026-11-20T10:15:00Z","title":"Nieuw in Drachten","body":"Hoi, ik ben Anna","location":"Drachten","postcode":"9203","claimedAge":23,"phones":["06-12345678"],"emails":[],"images":[{"sha256":"%s","dhash":"00ff00ff00ff00ff"}],"licenseNumber":null}"""
            .formatted("ab".repeat(32));
    static final String MINIMAL = """
            {"source":"s","sourceAdId":"2","capturedAt":"2026-11-20T11:00:00+01:00","body":"tekst"}""";

    final AdSnapshotReader reader = new AdSnapshotReader(4096, 100);

    ReadOutcome read(String text) throws IOException {
        return reader.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    ReadOutcome read(byte[] bytes) throws IOException {
        return reader.readAll(new ByteArrayInputStream(bytes));
    }

    static List<LineError> errors(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
        return ((ReadOutcome.Rejected) outcome).errors();
    }

    @Test
    void readsAFullAndAMinimalLine() throws IOException {
        ReadOutcome outcome = read(GOOD + "\n" + MINIMAL + "\n");
        assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
        List<AdSnapshot> snapshots = ((ReadOutcome.Accepted) outcome).snapshots();
        assertThat(snapshots).hasSize(2);
        AdSnapshot full = snapshots.get(0);
        assertThat(full.source()).isEqualTo("kinky.nl");
        assertThat(full.capturedAt()).isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
        assertThat(full.claimedAge()).isEqualTo(23);
        assertThat(full.phones()).containsExactly("06-12345678");
        assertThat(full.images()).singleElement().satisfies(i -> assertThat(i.dhash()).isEqualTo("00ff00ff00ff00ff"));
        assertThat(full.licenseNumber()).isNull();
        AdSnapshot minimal = snapshots.get(1);
        assertThat(minimal.capturedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(minimal.phones()).isEmpty();
    }

    @Test
    void ignoresBlankLinesCrlfAndAByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rest = (MINIMAL + "\r\n\r\n" + GOOD + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(rest, 0, all, 3, rest.length);
        assertThat(read(all)).isInstanceOf(ReadOutcome.Accepted.class);
    }

    @Test
    void brokenJsonIsRejectedWithItsLineAndNothingElseIsReturned() throws IOException {
        List<LineError> errors = errors(read(GOOD + "\n" + "{\"source\":\"s\",\n" + MINIMAL + "\n"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void trailingGarbageAndNonObjectsAreRejected() throws IOException {
        assertThat(errors(read(MINIMAL + " {}\n[1,2]\n\"x\"\n"))).extracting(LineError::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void eachMissingRequiredFieldIsNamed() throws IOException {
        List<LineError> errors = errors(read("{\"title\":\"x\"}\n"));
        assertThat(errors).extracting(LineError::field).containsExactlyInAnyOrder("source", "sourceAdId", "capturedAt", "body");
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).isEqualTo("missing required field"));
    }

    @Test
    void nullForARequiredFieldIsAnError() throws IOException {
        assertThat(errors(read(MINIMAL.replace("\"tekst\"", "null")))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void unknownFieldsAreErrorsAtTopLevelAndInImages() throws IOException {
        String line = GOOD.replace("\"title\"", "\"colour\":\"red\",\"title\"").replace("\"dhash\"", "\"phash\":\"1\",\"dhash\"");
        assertThat(errors(read(line))).extracting(LineError::field, LineError::message)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("colour", "unknown field"),
                        org.assertj.core.groups.Tuple.tuple("images[0].phash", "unknown field"));
    }

    @Test
    void duplicateFieldsAreRejected() throws IOException {
        assertThat(errors(read(MINIMAL.replace("{", "{\"body\":\"a\",")))).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("duplicate field"));
    }

    @Test
    void badDatesAreRejected() throws IOException {
        for (String date : List.of("2026-13-01T00:00:00Z", "2026-11-20", "20-11-2026 10:15", "2026-11-20T10:15:00", "yesterday")) {
            assertThat(errors(read(MINIMAL.replace("2026-11-20T11:00:00+01:00", date)))).singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("capturedAt"));
        }
    }

    @Test
    void wrongTypesAreNamed() throws IOException {
        String line = """
                {"source":1,"sourceAdId":"x","capturedAt":"2026-11-20T10:15:00Z","body":["a"],"claimedAge":"23","phones":"0612345678","emails":[1],"images":[{"sha256":5}],"title":false}""";
        assertThat(errors(read(line))).extracting(LineError::field)
                .containsExactlyInAnyOrder("source", "body", "claimedAge", "phones", "emails[0]", "images[0].sha256", "title");
    }

    @Test
    void fractionalOrOutOfRangeAgesAreRejected() throws IOException {
        assertThat(errors(read(MINIMAL.replace("}", ",\"claimedAge\":23.5}")))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("claimedAge"));
        assertThat(errors(read(MINIMAL.replace("}", ",\"claimedAge\":300}")))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("between"));
    }

    @Test
    void badHashesAreRejected() throws IOException {
        String shortSha = MINIMAL.replace("}", ",\"images\":[{\"sha256\":\"abc\",\"dhash\":\"00ff00ff00ff00ff\"}]}");
        String badDhash = MINIMAL.replace("}", ",\"images\":[{\"sha256\":\"" + "a".repeat(64) + "\",\"dhash\":\"00ff00ff00ff00fz\"}]}");
        String longDhash = MINIMAL.replace("}", ",\"images\":[{\"sha256\":\"" + "a".repeat(64) + "\",\"dhash\":\"00ff00ff00ff00ff0\"}]}");
        assertThat(errors(read(shortSha))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("images[0].sha256");
            assertThat(e.message()).isEqualTo("must be 64 hex digits, not 3");
        });
        assertThat(errors(read(badDhash))).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("images[0].dhash"));
        assertThat(errors(read(longDhash))).singleElement().satisfies(e -> assertThat(e.message()).contains("16 hex digits"));
    }

    @Test
    void nonHttpUrlsAreRejected() throws IOException {
        assertThat(errors(read(MINIMAL.replace("}", ",\"url\":\"javascript:alert(1)\"}")))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void aHugeLineIsRejectedWithoutStoppingTheRest() throws IOException {
        String huge = MINIMAL.replace("tekst", "x".repeat(10_000));
        List<LineError> errors = errors(read(MINIMAL + "\n" + huge + "\n" + "{bad\n"));
        assertThat(errors).extracting(LineError::line).containsExactly(2L, 3L);
        assertThat(errors.get(0).message()).isEqualTo("line is longer than 4096 bytes");
    }

    @Test
    void invalidUtf8NamesItsLine() throws IOException {
        byte[] good = (MINIMAL + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = MINIMAL.replace("tekst", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        assertThat(errors(read(all))).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).startsWith("not valid UTF-8 at byte");
        });
    }

    @Test
    void overlongUtf8AndLoneSurrogatesAreRejected() throws IOException {
        byte[] overlong = MINIMAL.replace("tekst", "\u0001").getBytes(StandardCharsets.UTF_8);
        int at = new String(overlong, StandardCharsets.UTF_8).indexOf('\u0001');
        byte[] bytes = new byte[overlong.length + 1];
        System.arraycopy(overlong, 0, bytes, 0, at);
        bytes[at] = (byte) 0xC0;
        bytes[at + 1] = (byte) 0x81;
        System.arraycopy(overlong, at + 1, bytes, at + 2, overlong.length - at - 1);
        assertThat(errors(read(bytes))).singleElement().satisfies(e -> assertThat(e.message()).contains("UTF-8"));
    }

    @Test
    void everyErrorOfEveryLineIsReportedAndCountedBeyondTheCap() throws IOException {
        AdSnapshotReader small = new AdSnapshotReader(4096, 3);
        ReadOutcome outcome = small.readAll(new ByteArrayInputStream("{}\n{}\n".getBytes(StandardCharsets.UTF_8)));
        ReadOutcome.Rejected rejected = (ReadOutcome.Rejected) outcome;
        assertThat(rejected.errors()).hasSize(3);
        assertThat(rejected.totalErrors()).isEqualTo(8);
    }

    @Test
    void streamingStopsFeedingTheSinkAfterTheFirstErrorAndReportsTheRest() throws IOException {
        List<Long> seen = new ArrayList<>();
        InputStream in = new ByteArrayInputStream((MINIMAL + "\n{}\n" + MINIMAL + "\n").getBytes(StandardCharsets.UTF_8));
        AdSnapshotReader.Summary summary = reader.stream(in, (line, s) -> seen.add(line));
        assertThat(summary.ok()).isFalse();
        assertThat(summary.lines()).isEqualTo(3);
        assertThat(seen).containsExactly(1L);
    }

    @Test
    void errorMessagesDoNotEchoValues() throws IOException {
        String line = MINIMAL.replace("\"body\":\"tekst\"", "\"body\":\"tekst\",\"secret0612345678\":\"0612345678\"");
        assertThat(errors(read(line))).allSatisfy(e -> assertThat(e.toString()).doesNotContain("0612345678"));
    }

    @Test
    void contentHashIgnoresKeyOrderAndCaptureTimeButNotContent() throws IOException {
        String reordered = """
                {"body":"tekst","capturedAt":"2027-01-01T00:00:00Z","sourceAdId":"2","source":"s"}""";
        List<AdSnapshot> s = ((ReadOutcome.Accepted) read(MINIMAL + "\n" + reordered + "\n"
                + MINIMAL.replace("tekst", "tekst!"))).snapshots();
        assertThat(s.get(0).contentHash()).hasSize(64).isEqualTo(s.get(1).contentHash());
        assertThat(s.get(2).contentHash()).isNotEqualTo(s.get(0).contentHash());
    }
}
