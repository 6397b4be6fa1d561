package frl.ienline.adintel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.TestActors;
import frl.ienline.adintel.AdSightings;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Role;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Reads of ad text and identifiers by a person: role-checked and one access-log entry each. Keys in production. */
@SpringBootTest
class AdReadsTests {

    static final Actor INSPECTOR = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");
    static final Actor POLICY = TestActors.actor("GM0080", Role.POLICY_ADVISOR, "GM0080");

    @Autowired
    AdReads reads;
    @Autowired
    AdImports imports;
    @Autowired
    AdSightings sightings;
    @Autowired
    JdbcClient jdbc;

    int log(String objectType, String result) {
        return jdbc.sql("SELECT count(*) FROM audit.access_log WHERE object_type = ? AND result = ?")
                .params(objectType, result).query(Integer.class).single();
    }

    @Test
    void everyReadIsLoggedOnceAndOtherRolesAreRefused() {
        ImportOutcome.Completed done = (ImportOutcome.Completed) imports.importAsSystem(AdImportTests.bytes(
                AdImportTests.line("read-1", "2026-11-20T10:15:00Z", "Lees mij, bel 06 1122 3344", "0611223344", "Leeuwarden")
                        + "\n" + AdImportTests.line("read-2", "2026-11-21T10:15:00Z", "Ander", "0611223344", "Sneek")),
                ImportSource.COMMAND, false);
        UUID adId = UUID.fromString(sightings.ofImport(done.importId()).getFirst().adId());
        UUID network = UUID.fromString(sightings.ofImport(done.importId()).getFirst().networkId());
        int views = log("ad", "ALLOWED");
        AtomicReference<AdReads.AdDetail> detail = new AtomicReference<>();
        TestActors.runAs(INSPECTOR, () -> detail.set(reads.ad(adId).orElseThrow()));
        assertThat(log("ad", "ALLOWED")).isEqualTo(views + 1);
        AdReads.Snapshot snapshot = detail.get().snapshots().getFirst();
        AdReads.Entity phone = snapshot.entities().stream().filter(e -> e.kind().equals("PHONE") && e.spanStart() != null)
                .findFirst().orElseThrow();
        assertThat(snapshot.fullText().substring(phone.spanStart(), phone.spanEnd())).isEqualTo("06 1122 3344");
        assertThat(phone.value()).isEqualTo("+31611223344");

        TestActors.runAs(INSPECTOR, () -> {
            assertThat(reads.networkLinks(network)).extracting(AdReads.Entity::value).contains("+31611223344");
            assertThat(reads.networkMembers(network)).hasSize(2);
            assertThat(reads.list(AdReads.AdFilter.all())).isNotEmpty();
            assertThat(reads.moves("NETWORK", network.toString())).isNotEmpty();
        });
        assertThat(log("ad-network-links", "ALLOWED")).isEqualTo(1);

        int denied = log("ad", "DENIED");
        assertThatThrownBy(() -> TestActors.runAs(POLICY, () -> reads.ad(adId))).isInstanceOf(AccessDeniedException.class);
        assertThat(log("ad", "DENIED")).isEqualTo(denied + 1);
    }

    @Test
    void productionRefusesAMissingOrTheDevelopmentKey() throws java.io.IOException {
        AdintelConfiguration configuration = new AdintelConfiguration();
        assertThatThrownBy(() -> configuration.adintelBlindIndex(new AdintelProperties(null, null, null, null), true))
                .hasMessageContaining("IENLINE_ADINTEL_BLIND_INDEX_KEY");
        assertThatThrownBy(() -> configuration.adintelBlindIndex(
                new AdintelProperties(AdBlindIndex.DEVELOPMENT_KEY, null, null, null), true))
                .hasMessageContaining("development");
        assertThat(configuration.adintelBlindIndex(new AdintelProperties(AdBlindIndex.DEVELOPMENT_KEY, null, null, null),
                false).phone("+31612345678")).hasSize(64);
        // the prod profile takes the key from the environment, without a default
        String prod = new String(getClass().getResourceAsStream("/application-prod.yml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(prod).contains("blind-index-key: ${IENLINE_ADINTEL_BLIND_INDEX_KEY}");
    }
}
