package frl.ienline.rulebook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.platform.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A published version never changes: a bundled file whose content differs from the version recorded under
 * its id stops the start, and even the database superuser cannot edit a recorded version.
 */
@SpringBootTest
class ChangedVersionRefusedTests {

    @Autowired
    RecordedVersions store;

    @Autowired
    Clock clock;

    @Autowired
    EmbeddedPostgresServer database;

    @TempDir
    Path versions;

    @Test
    void aChangedBundledVersionIsRefusedWithAClearMessage() throws IOException {
        copyBundled("2026.1.yaml", text -> text.replace("    validity: P1Y\n    renewalLeadTime: P12W\n",
                "    validity: P1Y\n    renewalLeadTime: P10W\n"));
        copyBundled("2027.1.yaml", text -> text);
        var rulebook = new VersionedRulebook(store, clock, "file:" + versions.toAbsolutePath() + "/*.yaml");

        assertThatThrownBy(rulebook::afterPropertiesSet)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Rulebook version 2026.1 in 2026.1.yaml differs from the version 2026.1 recorded"
                        + " in the database")
                .hasMessageContaining("A published rulebook version never changes")
                .hasMessageContaining("2026.2.yaml");
    }

    @Test
    void commentsAndLayoutMayChangeBecauseOnlyTheDataCounts() throws IOException {
        copyBundled("2026.1.yaml", text -> "# Een extra regel commentaar mag.\n" + text.replace("\n\n", "\n"));
        copyBundled("2026.2.yaml", text -> text);
        copyBundled("2027.1.yaml", text -> text);
        copyBundled("2027.2.yaml", text -> text);
        var rulebook = new VersionedRulebook(store, clock, "file:" + versions.toAbsolutePath() + "/*.yaml");

        rulebook.afterPropertiesSet();

        assertThat(rulebook.versions()).hasSize(4);
    }

    @Test
    void evenTheSuperuserCannotEditARecordedVersion() throws Exception {
        try (Connection connection = database.superuserConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE rulebook.versions SET content = '{}'::jsonb WHERE id = '2026.1'"))
                    .hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM rulebook.versions WHERE id = '2026.1'"))
                    .hasMessageContaining("kept forever");
        }
    }

    private void copyBundled(String name, java.util.function.UnaryOperator<String> edit) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/rulebook/versions/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(versions.resolve(name), edit.apply(text), StandardCharsets.UTF_8);
        }
    }
}
