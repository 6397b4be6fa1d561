package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.platform.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V150 on a database of before issue 13: leads per ad become leads per subject. Open leads of one network or phone
 * merge into the highest-scoring one, with their ads as evidence and the alerts and notifications that pointed at
 * them; a dismissed lead stays as it was; a tip is its own subject.
 */
class LeadsPerSubjectMigrationTest {

    static Flyway flyway(EmbeddedPostgresServer server, String target) {
        return Flyway.configure()
                .dataSource(server.jdbcUrl(), EmbeddedPostgresServer.OWNER_ROLE,
                        server.password(EmbeddedPostgresServer.OWNER_ROLE))
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", EmbeddedPostgresServer.APP_ROLE, "careRole",
                        EmbeddedPostgresServer.CARE_ROLE))
                .target(target).load();
    }

    @Test
    void leadsPerAdBecomeLeadsPerSubject() throws Exception {
        Path folder = Path.of("target", "test-databases", "leads-migration-" + UUID.randomUUID());
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder, true)) {
            flyway(server, "103").migrate();
            DriverManagerDataSource source = new DriverManagerDataSource(server.jdbcUrl(),
                    EmbeddedPostgresServer.OWNER_ROLE, server.password(EmbeddedPostgresServer.OWNER_ROLE));
            JdbcClient jdbc = JdbcClient.create(source);
            UUID caseId = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO supervision.case_file (id, reference, municipality, title, state, opened_at, opened_by)
                    VALUES (:id, 'TZ-MIGR-0001', 'GM0080', 'x', 'OPEN', now(), 'test')""").param("id", caseId).update();
            UUID n1 = lead(jdbc, "ad-n1", "net-N", new String[] {"p1"}, 50, "OPEN", null);
            UUID n2 = lead(jdbc, "ad-n2", "net-N", new String[] {"p2"}, 70, "OPEN", null);
            UUID p1 = lead(jdbc, "ad-p1", null, new String[] {"phone-P", "zz"}, 40, "OPEN", null);
            UUID p2 = lead(jdbc, "ad-p2", null, new String[] {"phone-P"}, 45, "OPEN", null);
            UUID p3 = lead(jdbc, "ad-p3", null, new String[] {"phone-P"}, 40, "DISMISSED", "DUPLICATE");
            UUID tip = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO supervision.lead (id, source, municipality, summary, score, reasons, state, created_at,
                        last_seen_at) VALUES (:id, 'TIP', 'GM0080', 'v1.k.x', 35, '{}', 'OPEN', now(), now())""")
                    .param("id", tip).update();
            jdbc.sql("""
                    INSERT INTO supervision.displacement_alert (id, match_kind, from_case_id, from_municipality,
                        to_municipality, to_lead_id, created_at)
                    VALUES (:id, 'NETWORK', :c, 'GM0090', 'GM0080', :lead, now())""")
                    .param("id", UUID.randomUUID()).param("c", caseId).param("lead", n1).update();
            jdbc.sql("""
                    INSERT INTO supervision.notification (id, municipality, kind, object_id, recipient, created_at)
                    VALUES (:id, 'GM0080', 'LEAD_OUTSIDE_MANDATE', :lead, 'x@example.org', now())""")
                    .param("id", UUID.randomUUID()).param("lead", p1).update();

            flyway(server, "latest").migrate();

            List<String> leads = jdbc.sql("""
                    SELECT concat_ws('|', subject_kind, subject_key, state, ad_count, ad_id IS NOT NULL)
                      FROM supervision.lead ORDER BY 1""").query(String.class).list();
            assertThat(leads).containsExactly(
                    "NETWORK|net-N|OPEN|2|t",
                    "PHONE|phone-P|DISMISSED|1|t",
                    "PHONE|phone-P|OPEN|2|t",
                    "REPORT|" + tip + "|OPEN|0|f"); // PostgreSQL writes booleans as t and f
            // the keeper is the highest-scoring lead of the subject; the others' alerts and notifications follow it
            assertThat(exists(jdbc, n2)).isTrue();
            assertThat(exists(jdbc, n1)).isFalse();
            assertThat(exists(jdbc, p2)).isTrue();
            assertThat(exists(jdbc, p1)).isFalse();
            assertThat(exists(jdbc, p3)).isTrue();
            assertThat(jdbc.sql("SELECT to_lead_id FROM supervision.displacement_alert").query(UUID.class).single())
                    .isEqualTo(n2);
            assertThat(jdbc.sql("SELECT object_id FROM supervision.notification").query(UUID.class).single())
                    .isEqualTo(p2);
            assertThat(jdbc.sql("SELECT ad_id FROM supervision.lead_ad WHERE lead_id = :l ORDER BY 1").param("l", n2)
                    .query(String.class).list()).containsExactly("ad-n1", "ad-n2");
        }
    }

    static boolean exists(JdbcClient jdbc, UUID lead) {
        return jdbc.sql("SELECT count(*) FROM supervision.lead WHERE id = :id").param("id", lead)
                .query(Integer.class).single() == 1;
    }

    static UUID lead(JdbcClient jdbc, String ad, String network, String[] identifiers, int score, String state,
            String reason) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO supervision.lead (id, source, municipality, ad_id, network_id, licence_check,
                    identifier_indexes, score, reasons, state, dismissal_reason, created_at, last_seen_at)
                VALUES (:id, 'AD', 'GM0080', :ad, :network, 'NO_LICENCE_NUMBER', :identifiers, :score,
                    '{NO_LICENCE_NUMBER::40}', :state, :reason, now(), now())""")
                .param("id", id).param("ad", ad).param("network", network).param("identifiers", identifiers)
                .param("score", score).param("state", state).param("reason", reason).update();
        return id;
    }
}
