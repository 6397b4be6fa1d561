package frl.ienline.platform.logchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import frl.ienline.platform.logchain.ChainCheck.Content;
import frl.ienline.platform.logchain.ChainVerification.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log kit without a database: keys, the walk that reports every break, signed checkpoints. */
class LogChainKitTest {

    static final String KEY = "2tSa0RqqjUCXIGpGE3AQdOJ4Dd3VYLssJRtb8Ci8FWc=";
    static final String SIGNING_KEY = "zdi36V7wL5XTbwm9tWDwHsLIkD+odpRrtKtrUxdQEmg=";

    @Test
    void productionRefusesToStartWithoutKeysAndNeverGeneratesOne(@TempDir Path folder) {
        Path file = folder.resolve("keys");
        assertThatThrownBy(() -> ChainKeys.configuredOrDevelopment(Map.of(), null, "IENLINE_AUDIT_CHAIN_KEYS_<ID>", true, file))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("required in production");
        assertThatThrownBy(() -> CheckpointSigner.configuredOrDevelopment("", true, file))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("IENLINE_LOG_CHECKPOINT_KEY");
        assertThat(file).doesNotExist();
    }

    @Test
    void outsideProductionADevelopmentKeyIsGeneratedOnceForThisUserOnly(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("keys").resolve("chain.keys");
        ChainKeys first = ChainKeys.configuredOrDevelopment(Map.of(), null, "test", false, file);
        ChainKeys again = ChainKeys.configuredOrDevelopment(Map.of(), null, "test", false, file);
        assertThat(again.current()).isEqualTo(first.current());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.toString()).doesNotContain(java.util.Base64.getEncoder().encodeToString(first.current()));
    }

    @Test
    void keysAreCheckedForSizeAndTheCurrentIdMustBeClear() {
        assertThatThrownBy(() -> ChainKeys.of(Map.of("k1", "c2hvcnQ="), null, "X"))
                .hasMessageContaining("at least 32 random bytes");
        assertThatThrownBy(() -> ChainKeys.of(Map.of("k1", KEY, "k2", KEY), null, "X"))
                .hasMessageContaining("current key id must be set");
        assertThatThrownBy(() -> ChainKeys.of(Map.of("k1", KEY), "k2", "X")).hasMessageContaining("has no key");
        assertThat(ChainKeys.fromVariables(Map.of("IENLINE_AUDIT_CHAIN_KEYS_K1", KEY, "OTHER", "x"),
                "IENLINE_AUDIT_CHAIN_KEYS_")).containsOnlyKeys("k1");
    }

    @Test
    void theWalkReportsEveryBreakAndGoesOnFromTheStoredMac() {
        ChainCheck check = new ChainCheck();
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        String c = "c".repeat(64);
        String d = "d".repeat(64);
        check.add(1, ChainMac.GENESIS, a, true, true, Content.INTACT);
        check.add(2, a, b, true, true, Content.CHANGED);
        check.add(3, b, c, true, true, Content.INTACT); // links to the stored MAC of 2: one edit, one break
        check.add(5, "e".repeat(64), d, true, true, Content.INTACT); // 4 deleted: a gap, not also a broken link
        check.add(6, d, "f".repeat(64), false, true, Content.INTACT); // unkeyed after keyed
        ChainVerification result = check.result();
        assertThat(result.breaks()).extracting(ChainVerification.Break::seq, ChainVerification.Break::kind).containsExactly(
                tuple(2L, Kind.CONTENT_CHANGED), tuple(4L, Kind.GAP), tuple(6L, Kind.UNKEYED_AFTER_KEYED));
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.headSeq()).isEqualTo(6);
    }

    @Test
    void aCheckpointShowsARewrittenOrCutOffEnd() {
        CheckpointSigner signer = CheckpointSigner.of(SIGNING_KEY);
        Checkpoint at2 = signer.sign("access-log", 2, "b".repeat(64), Instant.parse("2026-12-01T02:15:00Z"));
        ChainCheck rewritten = new ChainCheck(List.of(at2));
        rewritten.add(1, ChainMac.GENESIS, "a".repeat(64), true, true, Content.INTACT);
        rewritten.add(2, "a".repeat(64), "9".repeat(64), true, true, Content.INTACT);
        assertThat(rewritten.result().breaks()).extracting(ChainVerification.Break::kind)
                .containsExactly(Kind.CHECKPOINT_MISMATCH);

        ChainCheck cut = new ChainCheck(List.of(at2));
        cut.add(1, ChainMac.GENESIS, "a".repeat(64), true, true, Content.INTACT);
        assertThat(cut.result().breaks()).extracting(ChainVerification.Break::seq, ChainVerification.Break::kind)
                .containsExactly(tuple(2L, Kind.TRUNCATED));
    }

    @Test
    void aCheckpointIsSignedAndAnyChangeOrAnotherKeyBreaksTheSignature() {
        CheckpointSigner signer = CheckpointSigner.of(SIGNING_KEY);
        Checkpoint checkpoint = signer.sign("access-log", 1234, "a".repeat(64), Instant.parse("2026-12-10T02:15:00.123456789Z"));
        Checkpoint read = Checkpoint.parse(checkpoint.text());
        assertThat(read).isEqualTo(checkpoint);
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-12-10T02:15:00.123456Z"));
        assertThat(CheckpointSigner.verifies(read, signer.publicKey())).isTrue();
        assertThat(checkpoint.text()).startsWith("ienline-checkpoint/v1\nlog=access-log\nseq=1234\n");

        Checkpoint shorter = Checkpoint.parse(checkpoint.text().replace("seq=1234", "seq=1000"));
        assertThat(CheckpointSigner.verifies(shorter, signer.publicKey())).isFalse();
        CheckpointSigner other = CheckpointSigner.of("FiGEh5xIKuLhfD1FHXtETaYfEJFO3O1q065zDHAg+Ew=");
        Checkpoint forged = other.sign("access-log", 1000, "a".repeat(64), checkpoint.createdAt());
        assertThat(CheckpointSigner.verifies(forged, signer.publicKey())).isFalse();
        assertThat(signer.fingerprint()).matches("[0-9a-f]{4}(-[0-9a-f]{4}){3}");
        assertThat(signer.toString()).doesNotContain(SIGNING_KEY);
    }

    @Test
    void aFileThatIsNoCheckpointIsExplained() {
        assertThatThrownBy(() -> Checkpoint.parse("hello")).hasMessageContaining("the first line must be");
        assertThatThrownBy(() -> Checkpoint.parse("ienline-checkpoint/v1\nlog=access-log\nseq=x\n"))
                .hasMessageContaining("lacks the field");
        assertThatThrownBy(() -> Checkpoint.parse("ienline-checkpoint/v1\nlog=access-log\nlog=care-log\n"))
                .hasMessageContaining("occurs twice");
    }

    @Test
    void theCanonicalTextIsLengthPrefixedAndTellsNullFromEmpty() {
        assertThat(CanonicalText.header("h").field("a", (String) null).field("b", "").field("c", "é").text())
                .isEqualTo("h\na=null\nb=0:\nc=2:é\n");
        assertThatThrownBy(() -> CanonicalText.header("h").field("t", Instant.parse("2026-01-01T00:00:00.1234567Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
