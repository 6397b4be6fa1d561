package frl.ienline.adintel.web;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.internal.AdImports;
import frl.ienline.adintel.internal.ImportOutcome;
import frl.ienline.adintel.internal.ImportSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ads for the screen tests, imported through the real import ({@code src/test/resources/adintel/screens.jsonl}):
 * one template posted as t-1 (Leeuwarden, two snapshots), t-2 (Drachten, same phone) and t-3 (Heerenveen, other
 * phone and site, a near copy of t-2's image) — one cluster, one network that moved twice; t-4 a club in Leeuwarden with an unknown licence
 * number and markup in its text; t-5 an ad in Groningen, outside Fryslân. Re-importing is a no-op.
 */
final class AdScreenFixtures {

    static final String FILE = "adintel/screens.jsonl";

    private AdScreenFixtures() {
    }

    static void importOnce(AdImports imports) {
        try (InputStream in = AdScreenFixtures.class.getClassLoader().getResourceAsStream(FILE)) {
            ImportOutcome outcome = imports.importAsSystem(in, ImportSource.COMMAND, false);
            assertThat(outcome).isInstanceOf(ImportOutcome.Completed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UUID ad(JdbcClient jdbc, String sourceAdId) {
        return jdbc.sql("SELECT id FROM adintel.ad WHERE source_ad_id = :id AND source IN ('test.example', 'other.example')")
                .param("id", sourceAdId).query(UUID.class).single();
    }

    static UUID cluster(JdbcClient jdbc) {
        return jdbc.sql("SELECT cluster_id FROM adintel.ad WHERE source_ad_id = 't-2' AND source = 'test.example'")
                .query(UUID.class).single();
    }

    static UUID network(JdbcClient jdbc) {
        return jdbc.sql("SELECT network_id FROM adintel.ad WHERE source_ad_id = 't-2' AND source = 'test.example'")
                .query(UUID.class).single();
    }
}
