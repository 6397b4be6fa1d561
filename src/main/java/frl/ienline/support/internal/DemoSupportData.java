package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.support.internal.ClientIdentifier.Kind;
import frl.ienline.support.internal.SafetyReports.Category;
import frl.ienline.support.internal.SafetyReports.Severity;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Made-up demo data for the care compartment (only with {@code ienline.demo.enabled=true}, never in
 * production): two demo members (password {@code demo-wachtwoord}), a masked demo alert, a training and
 * a published tip. Everything is marked demo; added once.
 */
@Component
@ConditionalOnProperty(name = "ienline.demo.enabled", havingValue = "true")
class DemoSupportData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSupportData.class);

    private final CareJdbc db;
    private final Members members;
    private final Alerts alerts;
    private final Clock clock;

    DemoSupportData(CareJdbc db, Members members, Alerts alerts, Clock clock) {
        this.db = db;
        this.members = members;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    @Transactional(CareCompartmentDatabase.TRANSACTIONS)
    public void run(ApplicationArguments args) {
        if (db.query("SELECT count(*) FROM support.member WHERE demo").query(Long.class).single() > 0) {
            return;
        }
        Instant now = clock.instant();
        for (String name : List.of("demo-Anna", "demo-Bella")) {
            db.query("""
                    INSERT INTO support.member (id, working_name, password_hash, alerts_by_email, language, created_at,
                        verified_by_org, verified_on, demo)
                    VALUES (:id, :name, :hash, FALSE, 'nl', :now, 'DEMO-FIER', :today, TRUE)""")
                    .param("id", UUID.randomUUID()).param("name", name)
                    .param("hash", members.passwordEncoder().encode("demo-wachtwoord"))
                    .param("now", Timestamp.from(now)).param("today", LocalDate.now(clock)).update();
        }
        alerts.create(null, "GM0080", Severity.HIGH, List.of(Category.VIOLENCE, Category.NO_PAYMENT),
                "DEMO: klant werd gewelddadig en betaalde niet (verzonnen voorbeeld).", LocalDate.now(clock).minusDays(3),
                "DEMO-FIER", now, now.plus(Duration.ofDays(365)),
                List.of(new ClientIdentifier(Kind.PHONE, "0600000001"), new ClientIdentifier(Kind.NICKNAME, "Demo Klant")), true);
        db.query("""
                INSERT INTO support.meetup (id, kind, title, description, starts_at, place, online, language, capacity,
                    organiser_org, demo)
                VALUES (:id, 'TRAINING', 'DEMO: weerbaarheidstraining', 'Verzonnen voorbeeld van een GGD-training.', :starts,
                    'GGD Fryslân, Leeuwarden', FALSE, 'nl', 12, 'DEMO-GGD', TRUE)""")
                .param("id", UUID.randomUUID()).param("starts", Timestamp.from(now.plus(Duration.ofDays(2)))).update();
        db.query("""
                INSERT INTO support.member_tip (id, member_id, language, title, body, status, submitted_at, moderated_by_org,
                    moderated_at)
                VALUES (:id, NULL, 'nl', 'DEMO: spreek een codewoord af', 'Verzonnen voorbeeld: spreek met een collega een codewoord af voor als je hulp nodig hebt.',
                    'PUBLISHED', :now, 'DEMO-FIER', :now)""")
                .param("id", UUID.randomUUID()).param("now", Timestamp.from(now)).update();
        log.info("Support demo data added (demo members demo-Anna and demo-Bella)");
    }
}
