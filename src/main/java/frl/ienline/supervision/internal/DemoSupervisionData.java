package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for supervision, only with {@code ienline.demo.enabled} and never in production: the two demo
 * team members, a few leads from outside (one in a municipality outside the mandate, routed), and one case
 * with a person met and a planned control. Idempotent: recognised by its demo case reference.
 */
@Component
@Order(200)
class DemoSupervisionData implements ApplicationRunner {

    static final String DEMO_CASE = "TZ-DEMO-0001";

    private final CaseStore cases;
    private final ControlStore controls;
    private final NotificationStore notices;
    private final TeamStore team;
    private final LeadStore leads;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;
    private final boolean production;

    DemoSupervisionData(CaseStore cases, ControlStore controls, NotificationStore notices, TeamStore team, LeadStore leads, JdbcClient jdbc, Clock clock,
            @Value("${ienline.demo.enabled:false}") boolean enabled,
            @Value("${ienline.production:false}") boolean production) {
        this.cases = cases;
        this.controls = controls;
        this.notices = notices;
        this.team = team;
        this.leads = leads;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
        this.production = production;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || production || jdbc.sql("SELECT count(*) FROM supervision.case_file WHERE reference = :r")
                .param("r", DEMO_CASE).query(Long.class).single() > 0) {
            return;
        }
        Instant now = clock.instant();
        team.seen("demo.toezicht", "Tjitte Toezicht (demo)", now);
        team.seen("demo.coordinator", "Klaske Coördinator (demo)", now);
        MunicipalityCode leeuwarden = MunicipalityCode.of("GM0080");
        MunicipalityCode smallingerland = MunicipalityCode.of("GM0090");
        MunicipalityCode ameland = MunicipalityCode.of("GM0060");
        leads.insertExternal(UUID.randomUUID(), LeadSource.TIP, leeuwarden,
                "Demo: buren zien 's avonds veel wisselende bezoekers bij een bovenwoning.",
                LeadScore.ofExternal(LeadSource.TIP), now.minus(Duration.ofDays(2)));
        leads.insertExternal(UUID.randomUUID(), LeadSource.MUNICIPALITY_REQUEST, smallingerland,
                "Demo: de gemeente vraagt een controle bij een massagesalon zonder vergunning.",
                LeadScore.ofExternal(LeadSource.MUNICIPALITY_REQUEST), now.minus(Duration.ofDays(1)));
        UUID routed = UUID.randomUUID();
        leads.insertExternal(routed, LeadSource.TIP, ameland, "Demo: tip over een vakantiewoning die voor sekswerk wordt verhuurd.",
                LeadScore.ofExternal(LeadSource.TIP), now);
        notices.insertNotification(UUID.randomUUID(), ameland, MunicipalityNotifications.LEAD_OUTSIDE_MANDATE, routed,
                "sekswerk@ameland.example", now);
        UUID caseId = UUID.randomUUID();
        cases.insertCase(caseId, DEMO_CASE, MunicipalityCode.of("GM1900"), "Demo: hotelafspraken in Sneek",
                "demo.coordinator", now.minus(Duration.ofDays(3)));
        cases.addAddress(caseId, "Demo-hotel, Stationsweg, Sneek", MunicipalityCode.of("GM1900"), now);
        cases.addPerson(caseId, new PersonMet("Demo Bella", AgeBand.FROM_21_TO_25, "RO", "ro", null), now);
        controls.insertControl(UUID.randomUUID(), caseId, ControlKind.DECOY_APPOINTMENT, MunicipalityCode.of("GM1900"),
                now.plus(Duration.ofDays(2)), "Demo-hotel, Sneek", "HOTEL", List.of("demo.toezicht", "demo.coordinator"),
                null, true, null, List.of(), "demo.coordinator");
    }
}
