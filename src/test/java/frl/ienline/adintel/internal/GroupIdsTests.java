package frl.ienline.adintel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import frl.ienline.adintel.engine.BatchAnalysis;
import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.adintel.engine.Partition;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.snapshot.AdSnapshotReader;
import frl.ienline.adintel.engine.snapshot.ReadOutcome;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stable cluster and network ids, merges, and incremental import = full recomputation on the database path. */
@SpringBootTest
class GroupIdsTests {

    @Autowired
    AdImports imports;
    @Autowired
    AdImports.AnalyserFactory analysers;
    @Autowired
    AdSightings sightings;
    @Autowired
    JdbcClient jdbc;

    ImportOutcome.Completed importText(String text) {
        return (ImportOutcome.Completed) imports.importAsSystem(AdImportTests.bytes(text), ImportSource.COMMAND, false);
    }

    String network(ImportOutcome.Completed done) {
        return sightings.ofImport(done.importId()).getFirst().networkId();
    }

    @Test
    void aNetworkKeepsItsIdAsItGrowsAndTheOlderIdSurvivesAMerge() {
        String a = network(importText(AdImportTests.line("g-a", "2026-11-01T10:00:00Z", "Eerste advertentie", "0611000001",
                "Leeuwarden")));
        assertThat(a).as("alone: no network").isNull();
        importText(AdImportTests.line("g-b", "2026-11-02T10:00:00Z", "Tweede, los", "0611000002", "Sneek"));
        String first = network(importText(AdImportTests.line("g-c", "2026-11-03T10:00:00Z", "Derde, zelfde telefoon als de eerste",
                "0611000001", "Drachten")));
        String second = network(importText(AdImportTests.line("g-d", "2026-11-04T10:00:00Z", "Vierde, zelfde als de tweede",
                "0611000002", "Heerenveen")));
        assertThat(first).isNotNull().isNotEqualTo(second);
        String grown = network(importText(AdImportTests.line("g-e", "2026-11-05T10:00:00Z", "Vijfde, weer de eerste telefoon",
                "0611000001", "Leeuwarden")));
        assertThat(grown).as("grows, keeps its id").isEqualTo(first);
        String merged = network(importText(AdImportTests.line("g-f", "2026-11-06T10:00:00Z",
                "Zesde, met beide telefoons", "0611000001", "Sneek").replace("\"0611000001\"]",
                "\"0611000001\",\"0611000002\"]")));
        assertThat(merged).as("the older network's id survives").isEqualTo(first);
        assertThat(sightings.ofNetwork(first)).hasSize(6);
        assertThat(sightings.ofNetwork(second)).isEmpty();
        assertThat(jdbc.sql("SELECT survivor_id::text FROM adintel.group_merge WHERE kind = 'NETWORK' AND absorbed_id = ?::uuid")
                .param(second).query(String.class).single()).isEqualTo(first);
        assertThat(jdbc.sql("SELECT merged_into::text FROM adintel.network WHERE id = ?::uuid").param(second)
                .query(String.class).single()).isEqualTo(first);
        assertThat(jdbc.sql("SELECT size FROM adintel.network WHERE id = ?::uuid").param(first).query(Integer.class).single())
                .isEqualTo(6);
        // mobility of the network: new in each town, moves between them, stored under the stable id
        assertThat(jdbc.sql("SELECT count(*) FROM adintel.mobility_move WHERE subject_kind = 'NETWORK' AND subject = ?"
                + " AND kind = 'MOVED'").param(first).query(Integer.class).single()).isPositive();
        // the phone's moves are stored under its blind index, never the number
        String phone = sightings.indexOfPhone("+31611000001");
        assertThat(jdbc.sql("SELECT to_municipality FROM adintel.mobility_move WHERE subject_kind = 'PHONE' AND subject = ?"
                + " AND kind = 'NEW_IN_TOWN' ORDER BY at").param(phone).query(String.class).list())
                .containsExactly("GM0080", "GM0090", "GM1900");
        assertThat(jdbc.sql("SELECT count(*) FROM adintel.mobility_move WHERE subject LIKE '%611000001%'")
                .query(Integer.class).single()).isZero();

        imports.rebuild();
        assertThat(sightings.ofNetwork(first)).hasSize(6);
    }

    @Test
    void importingInPartsGivesTheSamePartitionAsAFullRecomputation() throws Exception {
        for (long seed : new long[] {5, 17}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new AdGenerator(GeneratorSettings.of(1_200, seed)).write(out, new StringWriter());
            List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
            Collections.shuffle(lines, new Random(seed));
            List<String> sources = new ArrayList<>();
            Random random = new Random(seed);
            int from = 0;
            while (from < lines.size()) {
                int to = Math.min(lines.size(), from + 1 + random.nextInt(400));
                importText(String.join("\n", lines.subList(from, to)).replace("\"source\":\"", "\"source\":\"s" + seed + "-"));
                from = to;
            }
            // the full recomputation: the engine's batch analysis over the same snapshots, independent of the database
            ReadOutcome.Accepted read = (ReadOutcome.Accepted) new AdSnapshotReader().readAll(new ByteArrayInputStream(
                    String.join("\n", lines).replace("\"source\":\"", "\"source\":\"s" + seed + "-")
                            .getBytes(StandardCharsets.UTF_8)));
            BatchAnalysis batch = new BatchAnalysis(EngineSettings.DEFAULT, read.snapshots().size());
            for (AdSnapshot snapshot : read.snapshots()) {
                batch.add(analysers.current().analyse(snapshot).features());
                sources.add(snapshot.source() + "\t" + snapshot.sourceAdId());
            }
            // under the model the application attaches with: it does not learn a stock model yet (see ADR 0018)
            Partition full = batch.run(frl.ienline.adintel.engine.cluster.StockModel.EMPTY);
            Map<String, UUID[]> stored = stored("s" + seed + "-%");
            assertSamePartition(sources, i -> full.cluster(i), stored, 0);
            assertSamePartition(sources, i -> full.network(i), stored, 1);

            imports.rebuild();
            Map<String, UUID[]> rebuilt = stored("s" + seed + "-%");
            assertThat(rebuilt.keySet()).isEqualTo(stored.keySet());
            rebuilt.forEach((ad, ids) -> assertThat(ids).as(ad).containsExactly(stored.get(ad)));
        }
    }

    Map<String, UUID[]> stored(String sourcePattern) {
        Map<String, UUID[]> stored = new HashMap<>();
        jdbc.sql("SELECT source, source_ad_id, cluster_id, network_id FROM adintel.ad WHERE source LIKE ?").param(sourcePattern)
                .query((rs, n) -> stored.put(rs.getString(1) + "\t" + rs.getString(2),
                        new UUID[] {rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)})).list();
        return stored;
    }

    static void assertSamePartition(List<String> ads, java.util.function.IntUnaryOperator full, Map<String, UUID[]> stored,
            int which) {
        Map<Object, Object> forward = new HashMap<>();
        Map<Object, Object> backward = new HashMap<>();
        for (int i = 0; i < ads.size(); i++) {
            int root = full.applyAsInt(i);
            Object a = root < 0 ? "alone:" + i : root;
            UUID id = stored.get(ads.get(i))[which];
            Object b = id == null ? "alone:" + i : id;
            assertThat(forward.computeIfAbsent(a, k -> b)).as(ads.get(i)).isEqualTo(b);
            assertThat(backward.computeIfAbsent(b, k -> a)).as(ads.get(i)).isEqualTo(a);
        }
    }
}
