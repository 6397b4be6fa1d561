package frl.ienline.audit.internal;

import frl.ienline.platform.logchain.CheckpointKeeper;
import frl.ienline.platform.logchain.CheckpointKeeper.Mailing;
import frl.ienline.platform.logchain.CheckpointSigner;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors the access log outside the database, nightly and on the privacy officer's request: a verified,
 * signed checkpoint of its head ({@link CheckpointKeeper}), kept for download from
 * {@code /app/toegangslog/controlepunten} and mailed to {@code ienline.audit.checkpoint.mail-to} (the
 * privacy officer's mailbox) when an SMTP server is configured.
 */
@Component
public class Checkpoints {

    private final CheckpointKeeper keeper;
    private final ObjectProvider<JavaMailSender> mail;
    private final List<String> mailTo;
    private final String mailFrom;

    Checkpoints(JdbcClient jdbc, ChainVerifier verifier, CheckpointSigner signer, ObjectProvider<JavaMailSender> mail,
            @Value("${ienline.audit.checkpoint.mail-to:}") String mailTo,
            @Value("${ienline.audit.checkpoint.mail-from:noreply@ienline.example}") String mailFrom, Clock clock) {
        this.keeper = new CheckpointKeeper(ChainVerifier.LOG, "audit.checkpoint", jdbc, verifier::verify, signer, clock);
        this.mail = mail;
        this.mailTo = Arrays.stream(mailTo.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        this.mailFrom = mailFrom;
    }

    @Scheduled(cron = "${ienline.audit.checkpoint.cron:0 15 2 * * *}")
    @SchedulerLock(name = "audit-checkpoint")
    void nightly() {
        make();
    }

    public CheckpointKeeper.Made make() {
        return keeper.make(new Mailing(mail.getIfAvailable(), mailTo, mailFrom, "toegangslog"));
    }

    public CheckpointKeeper keeper() {
        return keeper;
    }
}
