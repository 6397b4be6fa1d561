package frl.ienline.register.internal;

import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Made-up licences and applications in several municipalities for the demo ({@code ienline.demo.enabled}):
 * every name starts with "Demo", every phone number is fictional. Created once; a second start finds the
 * first demo reference and does nothing. Runs as the system, outside any officer's scope, on purpose.
 */
@Component
@ConditionalOnProperty(name = "ienline.demo.enabled", havingValue = "true")
class DemoRegisterData implements ApplicationRunner {

    static final String FIRST_REFERENCE = "AV-DEMA-2222";
    private static final Logger log = LoggerFactory.getLogger(DemoRegisterData.class);
    private static final String BY = "demo";

    private final Applications applications;
    private final Licences licences;
    private final LicenceNumbers numbers;
    private final LicensingRules rules;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoRegisterData(Applications applications, Licences licences, LicenceNumbers numbers, LicensingRules rules,
            TransactionTemplate transactions, Clock clock) {
        this.applications = applications;
        this.licences = licences;
        this.numbers = numbers;
        this.rules = rules;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            if (applications.referenceTaken(new ApplicationReference(FIRST_REFERENCE))) {
                return;
            }
            create();
            log.info("Register demo data created");
        });
    }

    private void create() {
        LocalDate today = LocalDate.now(clock);
        // Licences in force
        granted("2222", premises("GM0080", "Demo Club Noorderlicht", "Demostraat", "1", "8911 AA", "Leeuwarden", 6),
                Operator.company("Demo Exploitatie Noord B.V.", KvkNumber.of("90000001")),
                List.of(person("Demo Anna de Beheerder", "1985-04-12")), today.minusDays(400),
                List.of("De beheerder is tijdens de openingstijden aanwezig.",
                "Het vergunningnummer staat in elke advertentie."));
        granted("2223", escort("GM0072", "Demo Escort Waddenster", "0612000002"),
                Operator.person(person("Demo Bram Voorbeeld", "1979-09-30"), KvkNumber.of("90000002")),
                List.of(person("Demo Bram Voorbeeld", "1979-09-30")), today.minusDays(200), List.of());
        Licence suspended = granted("2224",
                premises("GM0074", "Demo Privéhuis De Linde", "Proefweg", "7", "8441 AA", "Heerenveen", 3),
                Operator.person(person("Demo Carla Testers", "1970-01-15"), null),
                List.of(person("Demo Dirk Proef", "1988-06-06")), today.minusDays(700), List.of());
        suspended.suspend(today.plusDays(30), "Demo: overtreding van voorschrift 1 bij controle",
                stamp(today.minusDays(2)));
        licences.update(suspended, clock.instant());
        Licence revoked = granted("2225",
                premises("GM1900", "Demo Salon Zuidwest", "Fictieweg", "3", "8601 AA", "Sneek", 2),
                Operator.person(person("Demo Erik Verzonnen", "1975-03-03"), null),
                List.of(person("Demo Fleur Bedacht", "1990-10-10")), today.minusDays(900), List.of());
        revoked.revoke("Demo: signalen van uitbuiting vastgesteld", stamp(today.minusDays(500)));
        licences.update(revoked, clock.instant());

        // Applications in progress
        LicenceApplication overdue = paper("2226",
                premises("GM0080", "Demo Club Blauwe Zee", "Verzinselstraat", "9", "8913 AB", "Leeuwarden", 4),
                Operator.person(person("Demo Gert Fictief", "1982-12-01"), null),
                List.of(person("Demo Hanna Bedenk", "1993-02-02")), today.minusDays(70));
        overdue.startAssessment(stamp(today.minusDays(68)));
        applications.update(overdue, clock.instant());

        LicenceApplication incomplete = paper("2227",
                premises("GM1940", "Demo Club Merenland", "Nepkade", "2", "8501 AA", "Joure", 5),
                Operator.company("Demo Merenland Exploitatie B.V.", KvkNumber.of("90000007")),
                List.of(person("Demo Ids Probeer", "1986-07-07")), today.minusDays(20));
        incomplete.requestInformation(UUID.randomUUID(), "Demo: de plattegrond van het pand ontbreekt.",
                rules.procedure(today).repairDays(), stamp(today.minusDays(10)));
        applications.update(incomplete, clock.instant());

        LicenceApplication bibob = paper("2228", escort("GM0080", "Demo Escort Friesland", "0612000008"),
                Operator.person(person("Demo Jolanda Schijn", "1984-08-08"), KvkNumber.of("90000008")),
                List.of(person("Demo Jolanda Schijn", "1984-08-08")), today.minusDays(30));
        bibob.startAssessment(stamp(today.minusDays(29)));
        bibob.requestBibobAdvice(rules.procedure(today).bibobAdviceDays(),
                "Demo: herkomst van het startkapitaal onduidelijk",
                stamp(today.minusDays(25)));
        applications.update(bibob, clock.instant());

        // The manager of the revoked licence applies again elsewhere: the regional history check shows it.
        LicenceApplication returning = paper("2229",
                premises("GM0090", "Demo Massagesalon Het Anker", "Probeerlaan", "11", "9201 AA", "Drachten", 3),
                Operator.person(person("Demo Koen Anders", "1981-11-11"), null),
                List.of(person("Demo Fleur Bedacht", "1990-10-10")), today.minusDays(15));
        returning.startAssessment(stamp(today.minusDays(14)));
        applications.update(returning, clock.instant());
    }

    private Licence granted(String suffix, Business business, Operator operator, List<Person> managers,
            LocalDate decidedOn, List<String> conditions) {
        LicenceApplication application = paper(suffix, business, operator, managers, decidedOn.minusDays(40));
        Stamp stamp = stamp(decidedOn);
        application.startAssessment(stamp(decidedOn.minusDays(39)));
        UUID licenceId = UUID.randomUUID();
        application.decide(conditions.isEmpty() ? Outcome.GRANTED : Outcome.GRANTED_WITH_CONDITIONS, conditions,
                "Demo: de aanvraag voldoet aan het beleidskader.", List.of(), rules.versionId(decidedOn),
                rules.procedure(decidedOn).objectionDays(), licenceId, stamp);
        if (decidedOn.plusDays(rules.procedure(decidedOn).objectionDays()).isBefore(LocalDate.now(clock))) {
            application.finalise(null, stamp(decidedOn.plusDays(rules.procedure(decidedOn).objectionDays() + 1)));
        }
        applications.update(application, clock.instant());
        Licence licence = Licence.grant(licenceId, numbers.next(business.municipality(), business.kind()), application,
                rules.kind(business.kind(), decidedOn), stamp);
        licences.insert(licence, clock.instant());
        return licences.byId(licenceId).orElseThrow();
    }

    private LicenceApplication paper(String suffix, Business business, Operator operator, List<Person> managers,
            LocalDate receivedOn) {
        LicenceApplication application = LicenceApplication.registerPaper(UUID.randomUUID(),
                new ApplicationReference("AV-DEMA-" + suffix), business, operator, managers, receivedOn,
                rules.kind(business.kind(), receivedOn), stamp(receivedOn));
        applications.insert(application, clock.instant());
        return applications.byId(application.id()).orElseThrow();
    }

    private Stamp stamp(LocalDate on) {
        ZoneId zone = clock.getZone();
        return new Stamp(BY, on.atTime(10, 0).atZone(zone).toInstant(), on);
    }

    private static Person person(String name, String birthDate) {
        return new Person(name, LocalDate.parse(birthDate));
    }

    private static Business premises(String municipality, String name, String street, String number, String postcode,
            String town, int workrooms) {
        return new Business(LicenceKind.PB, MunicipalityCode.of(municipality), name,
                new Address(street, number, postcode, town), AdPhoneNumber.of("06120000" + number.length() + workrooms),
                workrooms, workrooms + 2);
    }

    private static Business escort(String municipality, String name, String phone) {
        return new Business(LicenceKind.EB, MunicipalityCode.of(municipality), name, null, AdPhoneNumber.of(phone),
                null, 4);
    }

}
