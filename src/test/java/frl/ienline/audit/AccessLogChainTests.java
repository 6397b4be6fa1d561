package frl.ienline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.audit.internal.AccessLogEntry;
import frl.ienline.audit.internal.ChainHash;
import frl.ienline.audit.internal.ChainVerifier;
import frl.ienline.audit.internal.Checkpoints;
import frl.ienline.platform.logchain.ChainLock;
import frl.ienline.platform.logchain.ChainVerification;
import frl.ienline.platform.logchain.ChainVerification.Kind;
import frl.ienline.platform.logchain.Checkpoint;
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
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

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
        assertThat(((Number) row.get("format")).intValue()).isEqualTo(2); // keyed
        assertThat(row.get("key_id")).isEqualTo("k1");
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
        assertThat(verification.entries()).isEqualTo(400);
        assertThat(verification.headSeq()).isEqualTo(400);
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
        assertThat(verification.breaks()).extracting(b -> b.seq(), b -> b.kind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, Kind.CONTENT_CHANGED)); // one edit, one break
        assertThat(verification.entries()).isEqualTo(5);
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
        assertThat(verification.summary()).startsWith("BROKEN: 1 problem in 4 entries").contains("entry 3: gap (entry 3 is missing)");
    }

    @Test
    void aSuperuserDeletingTheFirstEntryIsDetected() {
        appendFive();
        Superuser.execute(server, "DELETE FROM audit.access_log WHERE seq = 1");
        assertThat(verifier.verify().firstBreak()).extracting(b -> b.seq(), b -> b.kind()).containsExactly(1L, Kind.GAP);
    }

    @Test
    void aSuperuserRewritingAnEntryCannotMakeItsMacWithoutTheKey() {
        appendFive();
        AccessLogEntry third = jdbc.sql("SELECT * FROM audit.access_log WHERE seq = 3")
                .query((rs, n) -> new AccessLogEntry(rs.getLong("seq"), rs.getObject("id", UUID.class), 1,
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
                        "someone-else", rs.getString("actor_roles"), rs.getString("actor_organisation"),
                        rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("subject_pseudonym"), rs.getString("purpose"), rs.getString("result"), null, null,
                        rs.getString("prev_hash"), null))
                .single();
        // the old recipe: a correct SHA-256 over the changed entry, in the unkeyed form
        String forged = ChainHash.unkeyed(third.previousHash(), third);
        Superuser.execute(server, "UPDATE audit.access_log SET actor_name = 'someone-else', format = 1, key_id = NULL,"
                + " hash = ? WHERE seq = 3", forged);

        ChainVerification verification = verifier.verify();
        assertThat(verification.breaks()).extracting(b -> b.seq(), b -> b.kind()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, Kind.UNKEYED_AFTER_KEYED),
                org.assertj.core.groups.Tuple.tuple(4L, Kind.LINK_BROKEN)); // and entry 4 still names the real entry 3
    }

    @Test
    void aForgedCorrectlyShaHashedRowInsertedAsTheApplicationRoleIsDetected() {
        appendFive();
        Map<String, Object> head = jdbc.sql("SELECT seq, hash FROM audit.access_log ORDER BY seq DESC LIMIT 1").query().singleRow();
        long seq = (Long) head.get("seq") + 1;
        // what an SQL injection as the application role could append: a row framing someone, hashed as form 1 was
        AccessLogEntry framed = new AccessLogEntry(seq, UUID.randomUUID(), 1, Instant.parse("2026-12-01T10:00:00Z"),
                UUID.randomUUID(), "innocent.colleague", "POLICE_LIAISON", "POLITIE-NN", "VIEW", "signal", "s-1", "PS-9",
                "signal-view", "ALLOWED", null, null, (String) head.get("hash"), null);
        insertAsTheApplication(framed.withHash(ChainHash.unkeyed(framed.previousHash(), framed)));
        // and one claiming the key, with a SHA-256 where the MAC should be
        AccessLogEntry claimsKey = new AccessLogEntry(seq + 1, UUID.randomUUID(), 2, Instant.parse("2026-12-01T10:01:00Z"),
                UUID.randomUUID(), "innocent.colleague", "POLICE_LIAISON", "POLITIE-NN", "VIEW", "signal", "s-2", "PS-9",
                "signal-view", "ALLOWED", null, "k1", ChainHash.unkeyed(framed.previousHash(), framed), null);
        insertAsTheApplication(claimsKey.withHash(frl.ienline.platform.logchain.ChainMac.unkeyed(
                claimsKey.previousHash(), frl.ienline.audit.internal.CanonicalForm.of(claimsKey).getBytes(StandardCharsets.UTF_8))));

        ChainVerification verification = verifier.verify();
        assertThat(verification.breaks()).extracting(b -> b.seq(), b -> b.kind()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(seq, Kind.UNKEYED_AFTER_KEYED),
                org.assertj.core.groups.Tuple.tuple(seq + 1, Kind.CONTENT_CHANGED));
    }

    @Test
    void everyBreakIsReportedNotOnlyTheFirst() {
        appendFive();
        appendFive();
        Superuser.execute(server, "UPDATE audit.access_log SET purpose = 'curiosity' WHERE seq = 2");
        Superuser.execute(server, "DELETE FROM audit.access_log WHERE seq IN (5, 6)");
        Superuser.execute(server, "UPDATE audit.access_log SET result = 'ALLOWED' WHERE seq = 9");

        ChainVerification verification = verifier.verify();
        assertThat(verification.totalBreaks()).isEqualTo(3);
        assertThat(verification.breaks()).extracting(b -> b.seq(), b -> b.kind()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, Kind.CONTENT_CHANGED),
                org.assertj.core.groups.Tuple.tuple(5L, Kind.GAP),
                org.assertj.core.groups.Tuple.tuple(9L, Kind.CONTENT_CHANGED));
        assertThat(verification.summary()).contains("entry 2: content changed").contains("entry 5: gap (entries 5..6 are missing)")
                .contains("entry 9: content changed");
    }

    @Test
    void entriesWrittenBeforeTheKeyStillVerifyAndNewOnesChainOnToThem() {
        // two entries as the previous version wrote them: form 1, plain SHA-256
        String previous = ChainHash.GENESIS;
        for (int seq = 1; seq <= 2; seq++) {
            AccessLogEntry old = new AccessLogEntry(seq, UUID.randomUUID(), 1, Instant.parse("2026-11-0" + seq + "T10:00:00Z"),
                    inspector.id(), inspector.username(), "INSPECTOR", "GM0080", "VIEW", "control", "old-" + seq, null,
                    "supervision", "ALLOWED", null, null, previous, null);
            previous = ChainHash.unkeyed(previous, old);
            insertAsTheApplication(old.withHash(previous));
        }
        appendFive();
        ChainVerification verification = verifier.verify();
        assertThat(verification.intact()).as(verification.summary()).isTrue();
        assertThat(verification.entries()).isEqualTo(7);
        assertThat(jdbc.sql("SELECT format FROM audit.access_log ORDER BY seq").query(Integer.class).list())
                .containsExactly(1, 1, 2, 2, 2, 2, 2);

        Superuser.execute(server, "UPDATE audit.access_log SET object_id = 'old-9' WHERE seq = 1");
        assertThat(verifier.verify().breaks()).extracting(b -> b.seq(), b -> b.kind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, Kind.CONTENT_CHANGED));
    }

    @Test
    void aLockHeldByAnotherSessionFailsTheAccessClearlyInsteadOfStallingItForEver() throws Exception {
        try (java.sql.Connection holder = dataSource.getConnection(); var lock = holder.createStatement()) {
            // the application's own role can take the chain's lock at session level and keep it
            lock.execute("SELECT pg_advisory_lock(" + 0x69656E6C_616C6F67L + ")");
            assertThatThrownBy(() -> TestActors.runAs(inspector,
                    () -> recorder.allowed(Action.VIEW, "licence-application", "locked-out", null, "licence-assessment")))
                    .isInstanceOf(ChainLock.Unavailable.class)
                    .hasMessageContaining("access log is locked by another database session")
                    .hasMessageContaining("pg_stat_activity");
            // a page that must log its read answers 503 instead of hanging
            TestActor officer = TestActors.actor("GM0080", Role.PRIVACY_OFFICER, "GM0080");
            assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/app/toegangslog")
                    .with(TestActors.as(officer))).andReturn().getResponse().getStatus()).isEqualTo(503);
            lock.execute("SELECT pg_advisory_unlock_all()");
        }
        TestActors.runAs(inspector, () -> recorder.allowed(Action.VIEW, "licence-application", "free-again", null,
                "licence-assessment"));
        assertThat(jdbc.sql("SELECT object_id FROM audit.access_log").query(String.class).list()).containsExactly("free-again");
    }

    @Test
    void aSignedCheckpointShowsEntriesCutOffTheEndAfterIt() throws Exception {
        appendFive();
        Checkpoint checkpoint = checkpoints.make().checkpoint();
        assertThat(checkpoint.seq()).isEqualTo(5);
        assertThat(verifier.verify(List.of(checkpoint)).intact()).isTrue();
        appendFive();
        assertThat(verifier.verify(List.of(checkpoint)).intact()).as("later entries are fine").isTrue();

        // without the checkpoint, deleting entries at the end leaves a chain that verifies
        Superuser.execute(server, "DELETE FROM audit.access_log WHERE seq >= 5");
        assertThat(verifier.verify().intact()).isTrue();
        ChainVerification anchored = verifier.verify(List.of(checkpoint));
        assertThat(anchored.breaks()).extracting(b -> b.kind()).containsExactly(Kind.TRUNCATED);
        assertThat(anchored.summary()).contains("signed entry 5, but the log ends at 4");

        // the command, with the checkpoint file the privacy officer kept
        java.nio.file.Path file = java.nio.file.Files.createTempFile("checkpoint", ".txt");
        try {
            java.nio.file.Files.writeString(file, checkpoint.text());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = AuditCommand.run(new String[] {"verify", "--checkpoint", file.toString()}, commandEnvironment(),
                    AuditCommand::open, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Checkpoint " + file.getFileName() + ": entry 5")
                    .contains("truncated");

            // a checkpoint someone edited to match the shortened log no longer carries ienline's signature
            java.nio.file.Files.writeString(file, checkpoint.text().replace("seq=5", "seq=4"));
            err.reset();
            status = AuditCommand.run(new String[] {"verify", "--checkpoint", file.toString()}, commandEnvironment(),
                    AuditCommand::open, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).isEqualTo(3);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("the signature does not hold");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private void insertAsTheApplication(AccessLogEntry e) {
        jdbc.sql("""
                INSERT INTO audit.access_log (seq, id, format, occurred_at, actor_id, actor_name, actor_roles,
                    actor_organisation, action, object_type, object_id, subject_pseudonym, purpose, result,
                    municipality, key_id, prev_hash, hash)
                VALUES (:seq, :id, :format, :at, :actorId, :actorName, :roles, :org, :action, :type, :objectId,
                    :subject, :purpose, :result, :municipality, :keyId, :prev, :hash)""")
                .param("seq", e.seq()).param("id", e.id()).param("format", e.format())
                .param("at", e.occurredAt().atOffset(java.time.ZoneOffset.UTC)).param("actorId", e.actorId())
                .param("actorName", e.actorName()).param("roles", e.actorRoles()).param("org", e.actorOrganisation())
                .param("action", e.action()).param("type", e.objectType()).param("objectId", e.objectId())
                .param("subject", e.subjectPseudonym()).param("purpose", e.purpose()).param("result", e.result())
                .param("municipality", e.municipality()).param("keyId", e.keyId()).param("prev", e.previousHash())
                .param("hash", e.hash()).update();
    }

    private Map<String, String> commandEnvironment() {
        return Map.of("IENLINE_DB_URL", server.jdbcUrl(), "IENLINE_DB_APP_USER", EmbeddedPostgresServer.APP_ROLE,
                "IENLINE_DB_APP_PASSWORD", server.password(EmbeddedPostgresServer.APP_ROLE),
                "IENLINE_AUDIT_CHAIN_KEYS_K1", ChainHashTest.KEY);
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
        Map<String, String> env = commandEnvironment();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(AuditCommand.run(new String[] {"verify"}, env, AuditCommand::open, o, e)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK: 5 entries (seq 1..5) intact; head MAC ");

        Superuser.execute(server, "UPDATE audit.access_log SET purpose = 'curiosity' WHERE seq = 2");
        assertThat(AuditCommand.run(new String[] {"verify"}, env, AuditCommand::open, o, e)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN: 1 problem in 5 entries (last seq 5)")
                .contains("entry 2: content changed (the stored MAC does not match the entry's fields)");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anEmptyLogIsIntact() {
        ChainVerification verification = verifier.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isZero();
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
