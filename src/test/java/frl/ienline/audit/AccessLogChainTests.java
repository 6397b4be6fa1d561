package frl.ienline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.audit.internal.AccessLogEntry;
import frl.ienline.audit.internal.ChainHash;
import frl.ienline.audit.internal.ChainVerification;
import frl.ienline.audit.internal.ChainVerification.Kind;
import frl.ienline.audit.internal.ChainVerifier;
import frl.ienline.platform.EmbeddedPostgresServer;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain on the real embedded PostgreSQL: one complete entry per access, appends that survive the
 * caller's rollback, a linear chain under concurrency, tamper detection by the verifier and the command,
 * and an application role that cannot change or remove an entry (R12, R13).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessLogChainTests {

    @Autowired
    AccessRecorder recorder;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedPostgresServer server;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    javax.sql.DataSource dataSource;

    final TestActor inspector = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");

    @BeforeEach
    @AfterEach
    void emptyLog() {
        Superuser.emptyTheLog(server);
    }

    @Test
    void anAccessWritesExactlyOneCompleteEntry() {
        UUID application = UUID.randomUUID();
        Instant before = Instant.now();
        TestActors.runAs(inspector, () -> recorder.allowed(Action.VIEW, "licence-application", application, "PS-0042",
                "licence-assessment"));

        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM audit.access_log").query().listOfRows();
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.getFirst();
        assertThat(row.get("seq")).isEqualTo(1L);
        assertThat(row.get("id")).isInstanceOf(UUID.class);
        assertThat(((Number) row.get("format")).intValue()).isEqualTo(1);
        assertThat(((java.sql.Timestamp) row.get("occurred_at")).toInstant())
                .isBetween(before.minusSeconds(1), Instant.now());
        assertThat(row.get("actor_id")).isEqualTo(inspector.id());
        assertThat(row.get("actor_name")).isEqualTo(inspector.username());
        assertThat(row.get("actor_roles")).isEqualTo("INSPECTOR");
        assertThat(row.get("actor_organisation")).isEqualTo("GM0080");
        assertThat(row.get("action")).isEqualTo("VIEW");
        assertThat(row.get("object_type")).isEqualTo("licence-application");
        assertThat(row.get("object_id")).isEqualTo(application.toString());
        assertThat(row.get("subject_pseudonym")).isEqualTo("PS-0042");
        assertThat(row.get("purpose")).isEqualTo("licence-assessment");
        assertThat(row.get("result")).isEqualTo("ALLOWED");
        assertThat(row.get("prev_hash")).isEqualTo(ChainHash.GENESIS);
        assertThat((String) row.get("hash")).matches("[0-9a-f]{64}");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aDeniedAccessIsLoggedAsDenied() {
        TestActors.runAs(inspector, () -> recorder.denied(Action.VIEW, "care-contact", "c-1", "supervision"));
        assertThat(jdbc.sql("SELECT result || ' ' || actor_name || ' ' || object_type FROM audit.access_log")
                .query(String.class).list()).containsExactly("DENIED " + inspector.username() + " care-contact");
    }

    @Test
    void theEntryStaysWhenTheBusinessTransactionRollsBack() {
        TransactionTemplate business = new TransactionTemplate(transactions);
        TestActors.runAs(inspector, () -> business.executeWithoutResult(status -> {
            recorder.allowed(Action.CHANGE, "control", "k-9", null, "supervision");
            status.setRollbackOnly();
        }));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log WHERE object_id = 'k-9'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void whenTheEntryCannotBeWrittenTheAccessFails() {
        // PostgreSQL text cannot hold a NUL character, so this append fails inside the database
        assertThatThrownBy(() -> TestActors.runAs(inspector,
                () -> recorder.allowed(Action.VIEW, "licence\u0000application", "1", null, "licence-assessment")))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log").query(Long.class).single()).isZero();
    }

    @Test
    void concurrentAppendsFormOneLinearChainWithoutGaps() throws Exception {
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                TestActor actor = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");
                int thread = t;
                done.add(pool.submit(() -> TestActors.runAs(actor, () -> {
                    for (int i = 0; i < perThread; i++) {
                        recorder.allowed(Action.VIEW, "control", thread + "-" + i, null, "supervision");
                    }
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Object> figures = jdbc.sql("SELECT count(*) AS n, count(DISTINCT seq) AS distinct_seq, min(seq) AS lo,"
                + " max(seq) AS hi, count(DISTINCT prev_hash) AS links FROM audit.access_log").query().singleRow();
        assertThat(figures).containsEntry("n", 400L).containsEntry("distinct_seq", 400L).containsEntry("lo", 1L)
                .containsEntry("hi", 400L).containsEntry("links", 400L);
        ChainVerification verification = verifier.verify();
        assertThat(verification.intact()).as(verification.summary()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(400);
        assertThat(verification.lastIntactSeq()).isEqualTo(400);
    }

    @Test
    void asManyBusinessTransactionsAsThePoolHasConnectionsCanEachAppend() throws Exception {
        // every connection of the application pool is held by a business transaction when the appends start:
        // with one shared pool the appends would wait for a free connection until the pool's timeout
        int connections = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize();
        java.util.concurrent.CyclicBarrier allHoldAConnection = new java.util.concurrent.CyclicBarrier(connections);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < connections; t++) {
                int thread = t;
                done.add(pool.submit(() -> TestActors.runAs(inspector, () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(status -> {
                            jdbc.sql("SELECT 1").query(Integer.class).single();
                            await(allHoldAConnection);
                            recorder.allowed(Action.VIEW, "control", "held-" + thread, null, "supervision");
                        }))));
            }
            for (Future<?> f : done) {
                f.get(20, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log WHERE object_id LIKE 'held-%'").query(Long.class)
                .single()).isEqualTo(connections);
    }

    private static void await(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("not every transaction got a connection", e);
        }
    }

    @Test
    void aSuperuserChangingOneFieldIsDetectedAtThatEntry() {
        appendFive();
        assertThat(verifier.verify().intact()).isTrue();
        Superuser.execute(server, "UPDATE audit.access_log SET actor_name = 'someone-else' WHERE seq = 3");
        ChainVerification verification = verifier.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBreak().seq()).isEqualTo(3);
        assertThat(verification.firstBreak().kind()).isEqualTo(Kind.CONTENT_CHANGED);
        assertThat(verification.entriesChecked()).isEqualTo(2);
    }

    @Test
    void aSuperuserChangingTheTimeIsDetected() {
        appendFive();
        Superuser.execute(server, "UPDATE audit.access_log SET occurred_at = occurred_at - interval '1 day' WHERE seq = 5");
        assertThat(verifier.verify().firstBreak()).extracting(b -> b.seq(), b -> b.kind())
                .containsExactly(5L, Kind.CONTENT_CHANGED);
    }

    @Test
    void aSuperuserDeletingAnEntryInTheMiddleIsDetectedAsAGap() {
        appendFive();
        Superuser.execute(server, "DELETE FROM audit.access_log WHERE seq = 3");
        ChainVerification verification = verifier.verify();
        assertThat(verification.firstBreak().seq()).isEqualTo(3);
        assertThat(verification.firstBreak().kind()).isEqualTo(Kind.GAP);
        assertThat(verification.summary()).startsWith("BROKEN at entry 3: gap").contains("entry 3 is missing");
    }

    @Test
    void aSuperuserDeletingTheFirstEntryIsDetected() {
        appendFive();
        Superuser.execute(server, "DELETE FROM audit.access_log WHERE seq = 1");
        assertThat(verifier.verify().firstBreak()).extracting(b -> b.seq(), b -> b.kind()).containsExactly(1L, Kind.GAP);
    }

    @Test
    void aForgedReHashOfOneEntryBreaksTheLinkOfTheNext() {
        appendFive();
        AccessLogEntry third = jdbc.sql("SELECT * FROM audit.access_log WHERE seq = 3")
                .query((rs, n) -> new AccessLogEntry(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getInt("format"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
                        "someone-else", rs.getString("actor_roles"), rs.getString("actor_organisation"),
                        rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("subject_pseudonym"), rs.getString("purpose"), rs.getString("result"),
                        rs.getString("prev_hash"), null))
                .single();
        String forged = ChainHash.of(third.previousHash(), third);
        Superuser.execute(server, "UPDATE audit.access_log SET actor_name = 'someone-else', hash = ? WHERE seq = 3", forged);

        ChainVerification verification = verifier.verify();
        assertThat(verification.firstBreak().seq()).isEqualTo(4);
        assertThat(verification.firstBreak().kind()).isEqualTo(Kind.LINK_BROKEN);
        assertThat(verification.entriesChecked()).isEqualTo(3); // entry 3 itself is consistent, its successor is not
    }

    @Test
    void theApplicationRoleCanNeitherChangeNorRemoveEntries() {
        appendFive();
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(EmbeddedPostgresServer.APP_ROLE);
        for (String attempt : List.of("UPDATE audit.access_log SET actor_name = 'x' WHERE seq = 2",
                "DELETE FROM audit.access_log WHERE seq = 2", "TRUNCATE audit.access_log")) {
            assertThatThrownBy(() -> jdbc.sql(attempt).update()).as(attempt)
                    .isInstanceOf(BadSqlGrammarException.class)
                    .cause().hasMessageContaining("permission denied");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log").query(Long.class).single()).isEqualTo(5);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theCommandVerifiesAnExternalDatabaseAsTheApplicationRole() {
        appendFive();
        Map<String, String> env = Map.of("IENLINE_DB_URL", server.jdbcUrl(), "IENLINE_DB_APP_USER",
                EmbeddedPostgresServer.APP_ROLE, "IENLINE_DB_APP_PASSWORD", server.password(EmbeddedPostgresServer.APP_ROLE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(AuditCommand.run(new String[] {"verify"}, env, AuditCommand::open, o, e)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK: 5 entries (seq 1..5) intact; head hash ");

        Superuser.execute(server, "UPDATE audit.access_log SET purpose = 'curiosity' WHERE seq = 2");
        assertThat(AuditCommand.run(new String[] {"verify"}, env, AuditCommand::open, o, e)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("BROKEN at entry 2: content changed (the stored hash does not match the entry's fields);"
                        + " 1 entries before it are intact");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anEmptyLogIsIntact() {
        ChainVerification verification = verifier.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isZero();
        assertThat(verification.headHash()).isEqualTo(ChainHash.GENESIS);
    }

    private void appendFive() {
        TestActors.runAs(inspector, () -> {
            for (int i = 1; i <= 5; i++) {
                recorder.record(Action.VIEW, "licence-application", "a-" + i, "PS-" + i, "licence-assessment",
                        i == 4 ? Result.DENIED : Result.ALLOWED);
            }
        });
    }
}
