package frl.ienline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.platform.EmbeddedPostgresServer;
import frl.ienline.platform.logchain.Checkpoint;
import frl.ienline.platform.logchain.CheckpointSigner;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Role;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Anchoring the access log outside the database: the privacy officer makes a checkpoint, receives it by
 * e-mail (a real in-process SMTP server), downloads the signed file, and the chain is compared with it;
 * a checkpoint forged into the table anchors nothing.
 */
@SpringBootTest(properties = "ienline.audit.checkpoint.mail-to=privacy@leeuwarden.example")
@AutoConfigureMockMvc
class CheckpointPagesTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedPostgresServer server;
    @Autowired
    AccessRecorder recorder;
    @Autowired
    CheckpointSigner signer;

    final TestActor officer = TestActors.actor("GM0080", Role.PRIVACY_OFFICER, "GM0080");
    final TestActor inspector = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");

    @BeforeEach
    void emptyLog() throws Exception {
        Superuser.emptyTheLog(server);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void thePrivacyOfficerGetsTheSignedCheckpointByMailAndAsAFile() throws Exception {
        TestActors.runAs(inspector, () -> recorder.allowed(Action.VIEW, "control", "k-1", null, "supervision"));
        String page = mvc.perform(post("/app/toegangslog/controlepunten").with(csrf()).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Controlepunt gemaakt bij regel").contains(signer.fingerprint());

        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("privacy@leeuwarden.example");
        assertThat(mails[0].getSubject()).contains("controlepunt").contains("keten intact");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body).contains("ienline-checkpoint/v1").doesNotContain(inspector.username()).doesNotContain("k-1");

        UUID id = jdbc.sql("SELECT id FROM audit.checkpoint").query(UUID.class).single();
        String file = mvc.perform(get("/app/toegangslog/controlepunten/" + id).with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Checkpoint checkpoint = Checkpoint.parse(file);
        assertThat(CheckpointSigner.verifies(checkpoint, signer.publicKey())).isTrue();
        // the checkpoint signed the entry before the officer's own CREATE entry: the head it verified
        assertThat(checkpoint.seq()).isEqualTo(2);

        assertThat(mvc.perform(get("/app/toegangslog/controlepunten").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(checkpoint.fileName());
        // every use is logged (make + the list shown after it, the download, the list); others are refused
        assertThat(jdbc.sql("SELECT action FROM audit.access_log WHERE actor_id = :id AND object_id LIKE 'checkpoint%'"
                + " ORDER BY seq").param("id", officer.id()).query(String.class).list())
                .containsExactly("CREATE", "VIEW", "EXPORT", "VIEW");
        mvc.perform(get("/app/toegangslog/controlepunten/" + id).with(TestActors.as(inspector))).andExpect(status().isForbidden());
        mvc.perform(post("/app/toegangslog/controlepunten").with(csrf()).with(TestActors.as(inspector)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theVerificationComparesTheChainWithTheKeptCheckpointsAndIgnoresForgedOnes() throws Exception {
        for (int i = 0; i < 3; i++) {
            TestActors.runAs(inspector, () -> recorder.allowed(Action.VIEW, "control", "k-2", null, "supervision"));
        }
        mvc.perform(post("/app/toegangslog/controlepunten").with(csrf()).with(TestActors.as(officer)));
        // someone with the application's rights adds a "checkpoint" claiming entries that never were
        jdbc.sql("""
                INSERT INTO audit.checkpoint (id, seq, head, created_at, public_key, signature, breaks)
                VALUES (gen_random_uuid(), 999, :head, now(), :key, 'AAAA', 0)""")
                .param("head", "f".repeat(64)).param("key", signer.publicKey()).update();

        String ok = mvc.perform(post("/app/toegangslog/verificatie").with(csrf()).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ok).contains("data-verification=\"OK\"").contains("Vergeleken met 1 ondertekende controlepunt");

        // cut the end off after the checkpoint: the kept checkpoint shows it
        Superuser.execute(server, "DELETE FROM audit.access_log WHERE seq >= 3");
        String broken = mvc.perform(post("/app/toegangslog/verificatie").with(csrf()).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(broken).contains("data-verification=\"BROKEN\"").contains("data-kind=\"TRUNCATED\"");
    }
}
