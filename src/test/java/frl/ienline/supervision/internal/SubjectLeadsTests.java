package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.supervision.SupervisionTesting;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leads per subject (issue 13): the ads of one advertiser (network, else phone) make one lead; a new ad of a known
 * subject adds to its lead and re-scores it; the score explains itself at subject level; batch boundaries change
 * nothing; and the number of statements does not grow with the number of ads. Each case runs in a transaction
 * that is rolled back, so the shared test database keeps nothing of it.
 */
class SubjectLeadsTests extends SupervisionTesting {

    static final MunicipalityCode LEEUWARDEN = MunicipalityCode.of("GM0080");
    static final MunicipalityCode SMALLINGERLAND = MunicipalityCode.of("GM0090");
    static final MunicipalityCode AMELAND = MunicipalityCode.of("GM0060"); // outside the mandate

    @Autowired
    DataSource dataSource;
    @Autowired
    SupervisionKeys cipher;
    @Autowired
    Rulebook rulebook;
    @Autowired
    SupervisionAccess access;
    @Autowired
    ApplicationContext context;

    /** The supervision components wired on one data source (counted or not), with their own transactions. */
    final class Wiring {
        final LeadStore leads;
        final CaseStore cases;
        final EnforcementStore steps;
        final TransactionTemplate transactions;
        final SubjectLeads subjectLeads;

        Wiring(DataSource source) {
            JdbcClient jdbc = JdbcClient.create(source);
            leads = new LeadStore(jdbc, new NamedParameterJdbcTemplate(source), cipher);
            cases = new CaseStore(jdbc, cipher);
            steps = new EnforcementStore(jdbc, cipher);
            MunicipalityNotifications notifications = new MunicipalityNotifications(new NotificationStore(jdbc),
                    rulebook, context.getBeanProvider(JavaMailSender.class), clock, "noreply@ienline.example",
                    "http://localhost");
            Displacements displacements = new Displacements(cases, new AlertStore(jdbc), access, notifications,
                    event -> { }, clock);
            subjectLeads = new SubjectLeads(leads, cases, displacements, notifications, access, event -> { }, clock);
            transactions = new TransactionTemplate(new JdbcTransactionManager(source));
        }

        AdLeads adLeads(int batchSize) {
            return new AdLeads(context.getBeanProvider(AdSightings.class), subjectLeads, batchSize);
        }

        <T> T rolledBack(Supplier<T> body) {
            return transactions.execute(status -> {
                try {
                    return body.get();
                } finally {
                    status.setRollbackOnly();
                }
            });
        }
    }

    final String p = "subject-" + UUID.randomUUID() + "-";

    AdSighting ad(String id, MunicipalityCode where, AdLicenceCheck check, List<String> indicators, String network,
            Set<String> phones, boolean newInTown, Instant at) {
        return new AdSighting(p + id, UUID.randomUUID().toString(), where, at, check, indicators, network, null,
                phones, newInTown);
    }

    AdSighting ad(String id, MunicipalityCode where, AdLicenceCheck check, String network, Set<String> phones) {
        return ad(id, where, check, List.of(), network, phones, false, clock.instant());
    }

    /** What the leads of this test look like, without random ids: subject|ads|municipality|state|reasons. */
    List<String> leadsOf(DataSource source) {
        return JdbcClient.create(source).sql("""
                SELECT concat_ws('|', subject_kind, replace(subject_key, :p, ''), ad_count, municipality, state,
                    array_to_string(reasons, ','))
                  FROM supervision.lead WHERE id IN (SELECT lead_id FROM supervision.lead_ad WHERE ad_id LIKE :like)
                 ORDER BY 1""").param("p", p).param("like", p + "%").query(String.class).list();
    }

    List<AdSighting> mixed() {
        Instant now = clock.instant();
        return List.of(
                // network A: three ads in two municipalities, one without a licence number, one indicator twice
                ad("a1", LEEUWARDEN, AdLicenceCheck.NO_LICENCE_NUMBER, List.of("AVAILABLE_24_7"), p + "net-A",
                        Set.of(p + "phone-a1"), false, now),
                ad("a2", LEEUWARDEN, AdLicenceCheck.LICENSED, List.of("AVAILABLE_24_7"), p + "net-A",
                        Set.of(p + "phone-a2"), false, now),
                ad("a3", SMALLINGERLAND, AdLicenceCheck.LICENSED, List.of(), p + "net-A", Set.of(p + "phone-a3"), false,
                        now.minus(100, ChronoUnit.DAYS)),
                // phone B without a network: two ads
                ad("b1", SMALLINGERLAND, AdLicenceCheck.INVALID_LICENCE, null, Set.of(p + "phone-B")),
                ad("b2", SMALLINGERLAND, AdLicenceCheck.NO_LICENCE_NUMBER, null, Set.of(p + "phone-B")),
                // a licensed advertiser, nothing wrong: no lead
                ad("c1", LEEUWARDEN, AdLicenceCheck.LICENSED, null, Set.of(p + "phone-C")),
                // on Ameland, outside the mandate: a lead, routed
                ad("d1", AMELAND, AdLicenceCheck.NO_LICENCE_NUMBER, null, Set.of(p + "phone-D")),
                // no identifier at all: the ad is its own subject
                ad("e1", LEEUWARDEN, AdLicenceCheck.NO_LICENCE_NUMBER, null, Set.of()),
                // outside Fryslân: nothing
                ad("f1", null, AdLicenceCheck.OUTSIDE_FRYSLAN, null, Set.of(p + "phone-F")));
    }

    @Test
    void theAdsOfOneAdvertiserMakeOneLeadThatExplainsItselfAtSubjectLevel() {
        Wiring wiring = new Wiring(dataSource);
        List<String> leads = wiring.rolledBack(() -> {
            AdLeads.Outcome outcome = wiring.adLeads(2000).process(mixed());
            assertThat(outcome.created()).isEqualTo(4);
            assertThat(outcome.routed()).isEqualTo(1);
            return leadsOf(dataSource);
        });
        assertThat(leads).containsExactly(
                "AD|e1|1|GM0080|OPEN|NO_LICENCE_NUMBER::40,RECENT::10",
                "NETWORK|net-A|3|GM0080|OPEN|NO_LICENCE_NUMBER::40,ADS:N3:10,MUNICIPALITIES:N2:10,"
                        + "INDICATOR:AVAILABLE_24_7:10,NETWORK::10,RECENT::10",
                "PHONE|phone-B|2|GM0090|OPEN|INVALID_LICENCE::50,ADS:N2:5,RECENT::10",
                "PHONE|phone-D|1|GM0060|OPEN|NO_LICENCE_NUMBER::40,RECENT::10");
    }

    @Test
    void aNewAdOfAKnownSubjectAddsToItsLeadAndReScoresIt() {
        Wiring wiring = new Wiring(dataSource);
        List<String> leads = wiring.rolledBack(() -> {
            wiring.adLeads(2000).process(mixed());
            AdLeads.Outcome second = wiring.adLeads(2000).process(List.of(
                    ad("b3", LEEUWARDEN, AdLicenceCheck.NO_LICENCE_NUMBER, List.of("VERY_YOUNG"), null,
                            Set.of(p + "phone-B"), true, clock.instant())));
            assertThat(second.created()).isZero();
            assertThat(second.refreshed()).isEqualTo(1);
            return leadsOf(dataSource);
        });
        assertThat(leads).filteredOn(l -> l.startsWith("PHONE|phone-B|")).containsExactly(
                "PHONE|phone-B|3|GM0080|OPEN|INVALID_LICENCE::50,ADS:N3:10,MUNICIPALITIES:N2:10,"
                        + "INDICATOR:VERY_YOUNG:25,NEW_IN_TOWN::20,RECENT::10");
        assertThat(leads).hasSize(4);
    }

    @Test
    void aDismissedSubjectGetsANewLeadOnlyForANewAd() {
        Wiring wiring = new Wiring(dataSource);
        List<String> leads = wiring.rolledBack(() -> {
            wiring.adLeads(2000).process(mixed());
            JdbcClient.create(dataSource).sql("""
                    UPDATE supervision.lead SET state = 'DISMISSED', dismissal_reason = 'DUPLICATE'
                     WHERE subject_key = :k""").param("k", p + "phone-D").update();
            // the same ad again refreshes the dismissed lead; a new ad of that phone opens a new lead
            AdLeads.Outcome again = wiring.adLeads(2000).process(List.of(
                    ad("d1", AMELAND, AdLicenceCheck.NO_LICENCE_NUMBER, null, Set.of(p + "phone-D"))));
            assertThat(again.created()).isZero();
            AdLeads.Outcome fresh = wiring.adLeads(2000).process(List.of(
                    ad("d2", AMELAND, AdLicenceCheck.NO_LICENCE_NUMBER, null, Set.of(p + "phone-D"))));
            assertThat(fresh.created()).isEqualTo(1);
            return leadsOf(dataSource);
        });
        assertThat(leads).filteredOn(l -> l.startsWith("PHONE|phone-D|")).extracting(l -> l.split("\\|")[4])
                .containsExactlyInAnyOrder("DISMISSED", "OPEN");
    }

    @Test
    void batchBoundariesChangeNothing() {
        Wiring wiring = new Wiring(dataSource);
        List<String> oneBatch = wiring.rolledBack(() -> {
            wiring.adLeads(2000).process(mixed());
            return leadsOf(dataSource);
        });
        List<String> batchesOfTwo = wiring.rolledBack(() -> {
            wiring.adLeads(2).process(mixed());
            return leadsOf(dataSource);
        });
        assertThat(batchesOfTwo).isEqualTo(oneBatch);
    }

    @Test
    void oldSightingsWeighLess() {
        Instant now = clock.instant();
        LeadEvidence fresh = LeadEvidence.of(ad("x", LEEUWARDEN, AdLicenceCheck.NO_LICENCE_NUMBER,
                List.of("UNSAFE_SERVICES"), null, Set.of(), false, now));
        LeadEvidence old = LeadEvidence.of(ad("y", LEEUWARDEN, AdLicenceCheck.NO_LICENCE_NUMBER,
                List.of("UNSAFE_SERVICES"), null, Set.of(), false, now.minus(120, ChronoUnit.DAYS)));
        assertThat(SubjectScore.of(List.of(old), false, false, now).total())
                .isLessThan(SubjectScore.of(List.of(fresh), false, false, now).total());
        // an indicator counts once per lead, however many ads show it
        assertThat(SubjectScore.of(List.of(fresh, old), false, false, now).reasons())
                .filteredOn(r -> r.code().equals("INDICATOR")).hasSize(1);
    }

    /** Counts the statements prepared on its connections (every query, update and JDBC batch prepares one). */
    static final class CountingDataSource extends DelegatingDataSource {

        final AtomicInteger statements = new AtomicInteger();

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")
                                || method.getName().equals("createStatement")) {
                            statements.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfAds() {
        CountingDataSource counted = new CountingDataSource(dataSource);
        Wiring wiring = new Wiring(counted);
        MunicipalityCode[] places = {LEEUWARDEN, SMALLINGERLAND, AMELAND};
        List<AdSighting> ads = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ads.add(ad("many-" + i, places[i % 3], i % 2 == 0 ? AdLicenceCheck.NO_LICENCE_NUMBER
                    : AdLicenceCheck.LICENSED, i % 5 == 0 ? p + "net-" + i / 50 : null, Set.of(p + "phone-" + i % 700)));
        }
        int statements = wiring.rolledBack(() -> {
            wiring.adLeads(1000).process(ads.subList(0, 1000)); // the second half finds these leads
            counted.statements.set(0);
            AdLeads.Outcome outcome = wiring.adLeads(1000).process(ads.subList(1000, 2000));
            assertThat(outcome.created()).isGreaterThan(10);
            assertThat(outcome.refreshed()).isGreaterThan(100);
            return counted.statements.get();
        });
        // one batch of 1,000 ads: 2 look-ups of leads, evidence and subjects of the leads found, 2 of cases,
        // inserts of leads and evidence, updates of leads, notifications, alerts
        assertThat(statements).isLessThanOrEqualTo(12);
    }
}
