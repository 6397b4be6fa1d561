package frl.ienline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.platform.EmbeddedPostgresServer;
import frl.ienline.platform.logchain.ChainVerification;
import frl.ienline.platform.logchain.ChainVerification.Kind;
import frl.ienline.shared.Role;
import frl.ienline.support.internal.CareLogVerifier;
import frl.ienline.support.internal.PortalContent;
import frl.ienline.support.internal.PortalLanguages;
import frl.ienline.support.internal.SafetyReports;
import frl.ienline.support.internal.SafetyReports.Category;
import frl.ienline.support.internal.SafetyReports.ReportInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The care log (review M6, D7, L2, L8): refusals inside the compartment answer 403 and leave exactly one
 * DENIED entry, also from read-only services; refusals of care actors and on walled paths never reach
 * the enforcement log; the sounding board's lists are logged; the chain is keyed, old entries still
 * verify, and the verifier reports every break.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CareLogTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier(CareCompartmentDatabase.DATA_SOURCE)
    DataSource care;
    @Autowired
    JdbcClient applicationJdbc;
    @Autowired
    EmbeddedPostgresServer server;
    @Autowired
    PortalContent content;
    @Autowired
    SafetyReports reports;
    @Autowired
    CareLogVerifier verifier;

    final TestActor coordinator = TestActors.actor("XENIA", Role.SOUNDING_BOARD_COORDINATOR);
    final TestActor careWorker = TestActors.actor("FIER", Role.CARE_WORKER);

    JdbcClient careJdbc;

    @BeforeEach
    void emptyTheCareLog() {
        careJdbc = JdbcClient.create(care);
        superuser("TRUNCATE support.care_access_log, support.care_log_checkpoint");
    }

    @Test
    void aSoundingBoardCoordinatorOnACareWorkerPageGets403AndExactlyOneDeniedEntry() throws Exception {
        int status = mvc.perform(get("/app/ondersteuning/tips").with(TestActors.as(coordinator))).andReturn()
                .getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(careJdbc.sql("SELECT action, object_type, result, actor_name FROM support.care_access_log")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list())
                .containsExactly(List.of("VIEW", "member-tip", "DENIED", coordinator.username()));
        assertThat(enforcementEntriesOf(coordinator)).isZero();
    }

    @Test
    void everyCareWorkerPageOfTheReviewsD7ClassAnswersTheCoordinator403WithOneDeniedEntryEach() throws Exception {
        List<String> urls = new ArrayList<>(List.of("/app/ondersteuning/tips", "/app/ondersteuning/paginas",
                "/app/ondersteuning/organisaties"));
        for (String slug : content.slugs()) {
            for (String language : PortalLanguages.ALL) {
                urls.add("/app/ondersteuning/paginas/" + slug + "/" + language);
            }
        }
        careJdbc.sql("SELECT code FROM support.help_organisation ORDER BY code").query(String.class).list()
                .forEach(code -> urls.add("/app/ondersteuning/organisaties/" + code));
        superuser("TRUNCATE support.care_access_log");

        List<String> wrong = new ArrayList<>();
        for (String url : urls) {
            long before = deniedOf(coordinator);
            int status = mvc.perform(get(url).with(TestActors.as(coordinator))).andReturn().getResponse().getStatus();
            long written = deniedOf(coordinator) - before;
            if (status != 403 || written != 1) {
                wrong.add(url + " -> " + status + ", " + written + " DENIED entries");
            }
        }
        assertThat(urls).hasSizeGreaterThanOrEqualTo(56);
        assertThat(wrong).isEmpty();
        assertThat(enforcementEntriesOf(coordinator)).isZero();
        assertThat(verifier.verify(List.of()).intact()).isTrue();
    }

    @Test
    void thePolicePrintRefusedForLackOfConsentIsLoggedAsDenied() throws Exception {
        AtomicReference<UUID> report = new AtomicReference<>();
        TestActors.runAs(careWorker, () -> report.set(reports.submitOnBehalf(new ReportInput(Set.of(Category.THREAT),
                LocalDate.now().minusDays(1), "GM0080", "Dreigde met geweld.", null, null, null, null, null, false, false))));
        superuser("TRUNCATE support.care_access_log");

        int status = mvc.perform(get("/app/ondersteuning/meldingen/" + report.get() + "/politie")
                .with(TestActors.as(careWorker))).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(careJdbc.sql("SELECT action, result, purpose FROM support.care_access_log WHERE object_id = :id")
                .param("id", report.get().toString())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list())
                .containsExactly(List.of("PRINT", "DENIED", "police-refused-no-consent"));
    }

    @Test
    void refusalsOfCareActorsAndOnWalledPathsReachTheCareLogOnly() throws Exception {
        // a care worker on an enforcement page
        assertThat(mvc.perform(get("/app/signalen").with(TestActors.as(careWorker))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        // a care worker's form without a CSRF token
        assertThat(mvc.perform(post("/app/ondersteuning/contacten").with(TestActors.as(careWorker))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        // an inspector at the wall
        TestActor inspector = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");
        assertThat(mvc.perform(get("/app/ondersteuning/meldingen").with(TestActors.as(inspector))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        assertThat(enforcementEntriesOf(careWorker)).isZero();
        assertThat(enforcementEntriesOf(inspector)).isZero();
        assertThat(careJdbc.sql("""
                SELECT actor_name, result, purpose FROM support.care_access_log ORDER BY seq""")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3))).list())
                .containsExactly(tuple(careWorker.username(), "DENIED", "access-control"),
                        tuple(careWorker.username(), "DENIED", "csrf-protection"),
                        tuple(inspector.username(), "DENIED", "refused: not care staff"));
        // the enforcement record's id stays out of the care log: only the path of the walled request is kept
        assertThat(careJdbc.sql("SELECT object_id FROM support.care_access_log ORDER BY seq").query(String.class).list())
                .containsExactly(null, "/app/ondersteuning/contacten", null);
        // care workers see who from outside tried the wall
        String page = mvc.perform(get("/app/ondersteuning/toegangslog").with(TestActors.as(careWorker))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(inspector.username()).contains("GM0080");
    }

    @Test
    void theSoundingBoardsMeetingsAndConsultationsAreLogged() throws Exception {
        assertThat(mvc.perform(get("/app/ondersteuning/klankbord").with(TestActors.as(coordinator))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(careJdbc.sql("SELECT action || ' ' || object_type FROM support.care_access_log ORDER BY seq")
                .query(String.class).list()).containsExactly("SEARCH sounding-board-member",
                        "SEARCH sounding-board-meeting", "SEARCH consultation");
    }

    @Test
    void entriesAreKeyedNameTheActorByAKeyedReferenceAndEveryBreakIsReported() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/app/ondersteuning/tips").with(TestActors.as(coordinator)));
        }
        Map<String, Object> first = careJdbc.sql("SELECT * FROM support.care_access_log WHERE seq = 1").query().singleRow();
        assertThat(((Number) first.get("format")).intValue()).isEqualTo(2);
        assertThat(first).containsEntry("key_id", "k1").containsEntry("actor_id", null);
        assertThat((String) first.get("actor_ref")).matches("[0-9a-f]{64}");
        assertThat(verifier.verify(List.of()).intact()).isTrue();

        superuser("UPDATE support.care_access_log SET organisation = 'FIER' WHERE seq = 2");
        superuser("DELETE FROM support.care_access_log WHERE seq = 4");
        superuser("UPDATE support.care_access_log SET actor_ref = NULL WHERE seq = 6");
        ChainVerification verification = verifier.verify(List.of());
        assertThat(verification.breaks()).extracting(b -> b.seq(), b -> b.kind()).containsExactly(
                tuple(2L, Kind.CONTENT_CHANGED), tuple(4L, Kind.GAP), tuple(6L, Kind.CONTENT_CHANGED));

        // on the page, on request, with every break
        String page = mvc.perform(post("/app/ondersteuning/toegangslog/verificatie").with(csrf())
                .with(TestActors.as(careWorker))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-verification=\"BROKEN\"").contains("data-breaks=\"3\"");
    }

    @Test
    void entriesOfTheFirstUnkeyedFormStillVerifyAndTheKeyedChainGoesOnFromThem() throws Exception {
        // two entries as the previous version wrote them: pipe-joined, milliseconds, chained from "genesis"
        String previous = "genesis";
        for (long seq = 1; seq <= 2; seq++) {
            Instant at = Instant.parse("2026-11-0" + seq + "T10:00:00.123Z");
            String hash = legacyHash(previous, at, careWorker.username(), "FIER", "CARE_WORKER", "VIEW", "member", null,
                    null, "member-verification", "ALLOWED");
            superuser("INSERT INTO support.care_access_log (seq, format, occurred_at, actor_id, actor_name, organisation,"
                    + " roles, action, object_type, object_id, subject, purpose, result, previous_hash, hash) VALUES (?, 1, ?,"
                    + " ?, ?, 'FIER', 'CARE_WORKER', 'VIEW', 'member', NULL, NULL, 'member-verification', 'ALLOWED', ?, ?)",
                    seq, at.atOffset(ZoneOffset.UTC), careWorker.id(), careWorker.username(), previous, hash);
            previous = hash;
        }
        mvc.perform(get("/app/ondersteuning/tips").with(TestActors.as(coordinator)));
        assertThat(careJdbc.sql("SELECT format FROM support.care_access_log ORDER BY seq").query(Integer.class).list())
                .containsExactly(1, 1, 2);
        ChainVerification verification = verifier.verify(List.of());
        assertThat(verification.intact()).as(verification.summary()).isTrue();

        // an entry in the old form after keyed ones is a forgery, however well it is hashed
        String forged = legacyHash(verification.headHash(), Instant.parse("2026-12-01T10:00:00Z"), "x", "FIER", "CARE_WORKER",
                "VIEW", "member", null, null, "p", "ALLOWED");
        careJdbc.sql("""
                INSERT INTO support.care_access_log (seq, format, occurred_at, actor_name, organisation, roles, action,
                    object_type, purpose, result, previous_hash, hash)
                VALUES (4, 1, :at, 'x', 'FIER', 'CARE_WORKER', 'VIEW', 'member', 'p', 'ALLOWED', :prev, :hash)""")
                .param("at", Instant.parse("2026-12-01T10:00:00Z").atOffset(ZoneOffset.UTC))
                .param("prev", verification.headHash()).param("hash", forged).update();
        assertThat(verifier.verify(List.of()).breaks()).extracting(b -> b.seq(), b -> b.kind())
                .containsExactly(tuple(4L, Kind.UNKEYED_AFTER_KEYED));
    }

    private long deniedOf(TestActor actor) {
        return careJdbc.sql("SELECT count(*) FROM support.care_access_log WHERE actor_name = :n AND result = 'DENIED'")
                .param("n", actor.username()).query(Long.class).single();
    }

    private long enforcementEntriesOf(TestActor actor) {
        return applicationJdbc.sql("SELECT count(*) FROM audit.access_log WHERE actor_id = :id")
                .param("id", actor.id()).query(Long.class).single();
    }

    private void superuser(String sql, Object... params) {
        try (Connection connection = server.superuserConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first form's hash, as the previous version computed it. */
    private static String legacyHash(String previous, Instant at, String... fields) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(previous.getBytes(StandardCharsets.UTF_8));
        digest.update(("|" + at.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
        for (String field : fields) {
            digest.update(("|" + (field == null ? "" : field)).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
