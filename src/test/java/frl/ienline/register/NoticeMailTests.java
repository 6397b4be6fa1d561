package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.club;
import static frl.ienline.register.RegisterFixtures.managers;
import static frl.ienline.register.RegisterFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import frl.ienline.MutableClock;
import frl.ienline.TestActors;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.NoticeKind;
import frl.ienline.register.internal.Notices;
import frl.ienline.register.internal.OnlineApplying;
import frl.ienline.register.internal.Outcome;
import frl.ienline.register.internal.OutgoingMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notices and their mail against a real SMTP server (GreenMail): the receipt arrives with only a link, a decision
 * taken while the mail server is down is stored, fails, is retried by the job once the server is back and arrives.
 */
@SpringBootTest
@Import(MutableClock.Configuration.class)
class NoticeMailTests {

    static GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final int PORT;

    static {
        smtp.start();
        PORT = smtp.getSmtp().getPort();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("ienline.register.mail.retry-every", () -> "PT1H"); // the test runs the job itself
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired
    OnlineApplying applying;
    @Autowired
    LicenceApplications applications;
    @Autowired
    OutgoingMail outgoing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void receiptArrivesWithOnlyALinkAndADecisionDuringAnOutageIsRetriedUntilItArrives() throws Exception {
        String email = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        OnlineApplying.Started started = applying.start("c.test-" + UUID.randomUUID());
        UUID id = started.id();
        applying.saveBusiness(id, club("GM0080", "Test Club Post"));
        applying.saveContact(id, RegisterFixtures.contact(email));
        applying.saveOperator(id, person("Petra Post", "1981-03-03"));
        applying.saveManagers(id, managers("Piet Post", "1982-04-04"));
        applying.submit(id);

        List<MimeMessage> receipt = to(email);
        assertThat(receipt).hasSize(1);
        String body = GreenMailUtil.getBody(receipt.getFirst());
        Notices.Notice receiptNotice = applying.notices(id).getFirst();
        assertThat(receiptNotice.kind()).isEqualTo(NoticeKind.RECEIPT);
        assertThat(receipt.getFirst().getSubject()).contains(started.reference().value());
        assertThat(body).contains("/aanvragen/berichten/" + receiptNotice.id())
                .doesNotContain(receiptNotice.args().get(1)) // the deadline is read after signing in, not in the mail
                .doesNotContain("Petra").doesNotContain("Test Club Post");
        assertThat(receiptNotice.mail().state()).isEqualTo(OutgoingMail.State.SENT);

        // the SMTP server goes down while the officer decides: the decision stands, the mail waits
        smtp.stop();
        try {
            as(LEEUWARDEN, () -> {
                applications.startAssessment(id);
                return applications.decide(id, Outcome.GRANTED, List.of(), "Voldoet aan alle eisen.");
            });
            Notices.Notice decision = applying.notices(id).getFirst();
            assertThat(decision.kind()).isEqualTo(NoticeKind.DECISION);
            assertThat(decision.variant()).isEqualTo("GRANTED");
            assertThat(decision.mail().state()).isEqualTo(OutgoingMail.State.FAILED);
            assertThat(decision.mail().attempts()).isOne();
            // the officer's file shows it
            assertThat(as(LEEUWARDEN, () -> applications.file(id)).notices().getFirst().mail().state())
                    .isEqualTo(OutgoingMail.State.FAILED);
            // before the wait is over the job leaves it alone
            outgoing.retryDue();
            assertThat(applying.notices(id).getFirst().mail().attempts()).isOne();
        } finally {
            smtp = new GreenMail(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        clock.shift(Duration.ofMinutes(2));
        try {
            outgoing.retryDue();
        } finally {
            clock.reset();
        }
        Notices.Notice decision = applying.notices(id).getFirst();
        assertThat(decision.mail().state()).isEqualTo(OutgoingMail.State.SENT);
        assertThat(decision.mail().retried()).isTrue();
        List<MimeMessage> arrived = to(email);
        assertThat(arrived).hasSize(1);
        assertThat(GreenMailUtil.getBody(arrived.getFirst())).contains("/aanvragen/berichten/" + decision.id())
                .doesNotContain("FRL-");

        // the applicant reads it (after signing in: the service is called with the session's application id)
        Notices.Notice read = applying.notice(id, decision.id());
        assertThat(read.args().getFirst()).startsWith("FRL-0080-PB-");
        assertThat(jdbc.sql("SELECT count(*) FROM register.notice WHERE id = :id AND read_at IS NOT NULL")
                .param("id", decision.id()).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT recipient_enc FROM register.outgoing_mail WHERE notice_id = :id")
                .param("id", decision.id()).query(String.class).single()).startsWith("v1.").doesNotContain("example.nl");
    }

    private static List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
                found.add(m);
            }
        }
        return found;
    }
}
