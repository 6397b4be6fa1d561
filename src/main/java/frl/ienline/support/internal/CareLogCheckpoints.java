package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.platform.logchain.ChainVerification;
import frl.ienline.platform.logchain.Checkpoint;
import frl.ienline.platform.logchain.CheckpointKeeper;
import frl.ienline.platform.logchain.CheckpointKeeper.Mailing;
import frl.ienline.platform.logchain.CheckpointSigner;
import frl.ienline.shared.Actor;
import frl.ienline.shared.NotFound;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The care log's verification and its signed checkpoints, inside the compartment: nightly and on a care
 * staff member's request, kept in {@code support.care_log_checkpoint} for download from the care log page
 * and mailed to {@code ienline.support.log.checkpoint.mail-to} when configured (a care-side mailbox: the
 * care log never goes to the enforcement side). Every use is itself logged.
 */
@Component
public class CareLogCheckpoints {

    private static final String OBJECT_TYPE = "care-access-log";

    private final CheckpointKeeper keeper;
    private final CareLogVerifier verifier;
    private final CareStaff staff;
    private final CareAccessLog log;
    private final ObjectProvider<JavaMailSender> mail;
    private final List<String> mailTo;
    private final String mailFrom;

    CareLogCheckpoints(@Qualifier(CareCompartmentDatabase.DATA_SOURCE) DataSource care, CareLogVerifier verifier,
            CheckpointSigner signer, CareStaff staff, CareAccessLog log, ObjectProvider<JavaMailSender> mail,
            @Value("${ienline.support.log.checkpoint.mail-to:}") String mailTo,
            @Value("${ienline.support.mail.from:noreply@ienline.example}") String mailFrom, Clock clock) {
        this.keeper = new CheckpointKeeper(CareLogVerifier.LOG, "support.care_log_checkpoint", JdbcClient.create(care),
                verifier::verify, signer, clock);
        this.verifier = verifier;
        this.staff = staff;
        this.log = log;
        this.mail = mail;
        this.mailTo = Arrays.stream(mailTo.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        this.mailFrom = mailFrom;
    }

    @Scheduled(cron = "${ienline.support.log.checkpoint.cron:0 20 2 * * *}")
    @SchedulerLock(name = "support-care-log-checkpoint")
    void nightly() {
        keeper.make(mailing());
    }

    /** The whole chain, compared with the kept checkpoints: streamed, on request, never on every page view. */
    public ChainVerification verify() {
        Actor actor = staff.require(OBJECT_TYPE);
        log.allowed(actor, CareAccessLog.Action.VIEW, OBJECT_TYPE, "chain", null, "care-log-audit");
        return verifier.verify(keeper.signed());
    }

    public CheckpointKeeper.Made make() {
        Actor actor = staff.require(OBJECT_TYPE);
        log.allowed(actor, CareAccessLog.Action.CREATE, OBJECT_TYPE, "checkpoint", null, "care-log-audit");
        return keeper.make(mailing());
    }

    public List<CheckpointKeeper.Kept> recent() {
        staff.require(OBJECT_TYPE);
        return keeper.recent(30);
    }

    public Checkpoint checkpoint(UUID id) {
        Actor actor = staff.require(OBJECT_TYPE);
        log.allowed(actor, CareAccessLog.Action.PRINT, OBJECT_TYPE, "checkpoint/" + id, null, "care-log-audit");
        return keeper.byId(id).orElseThrow(() -> new NotFound("checkpoint"));
    }

    public String fingerprint() {
        return keeper.fingerprint();
    }

    private Mailing mailing() {
        return new Mailing(mail.getIfAvailable(), mailTo, mailFrom, "zorglog");
    }
}
