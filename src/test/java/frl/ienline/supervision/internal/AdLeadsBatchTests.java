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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
 * The set-based reaction to an ad import against the one-ad-at-a-time rule it replaced ({@link PerAdLeads}):
 * the same leads, scores, routing, alerts and notifications for a mixed import, in one batch and across
 * batches; and a number of SQL statements that does not grow with the number of ads. Everything runs in a
 * transaction that is rolled back, so the shared test database keeps nothing of it.
 */
class AdLeadsBatchTests extends SupervisionTesting {

    static final MunicipalityCode LEEUWARDEN = MunicipalityCode.of("GM0080");
    static final MunicipalityCode SMALLINGERLAND = MunicipalityCode.of("GM0090");
    static final MunicipalityCode AMELAND = MunicipalityCode.of("GM0060"); // outside the mandate
    static final MunicipalityCode ACHTKARSPELEN = MunicipalityCode.of("GM0059");

    @Autowired
    DataSource dataSource;
    @Autowired
    SupervisionCipher cipher;
    @Autowired
    Rulebook rulebook;
    @Autowired
    SupervisionAccess access;
    @Autowired
    ApplicationContext context;

    /** The supervision components wired on one data source (counted or not), with their own transactions. */
    final class Wiring {
        final SupervisionStore store;
        final Displacements displacements;
        final MunicipalityNotifications notifications;
        final TransactionTemplate transactions;

        Wiring(DataSource source) {
            store = new SupervisionStore(JdbcClient.create(source), new NamedParameterJdbcTemplate(source), cipher,
                    event -> { }, clock);
            notifications = new MunicipalityNotifications(store, rulebook, context.getBeanProvider(JavaMailSender.class),
                    clock, "noreply@ienline.example", "http://localhost");
            displacements = new Displacements(store, access, notifications, clock);
            transactions = new TransactionTemplate(new JdbcTransactionManager(source));
        }

        AdLeads setBased(int batchSize) {
            return new AdLeads(context.getBeanProvider(AdSightings.class), store, displacements, notifications, access,
                    clock, batchSize);
        }

        PerAdLeads perAd() {
            return new PerAdLeads(store, displacements, notifications, access.mandate(), clock);
        }

        /** Sets up the fixture, runs the body, and rolls everything back. */
        <T> T rolledBack(Fixture fixture, Function<SupervisionStore, T> body) {
            return transactions.execute(status -> {
                fixture.setUp(store, Instant.now(clock));
                try {
                    return body.apply(store);
                } finally {
                    status.setRollbackOnly();
                }
            });
        }
    }

    /**
     * Intervened case A in Leeuwarden (network A, phone A in an ad, phone P of a person met), intervened case B
     * in Smallingerland (network B), case C in Leeuwarden without an intervention (network C, phone C), and
     * two ads that already have a lead: old-1 and old-2, the latter with an alert from case A already raised.
     */
    record Fixture(String p, UUID caseA, UUID caseB, UUID caseC, UUID old1, UUID old2) {

        static Fixture random() {
            return new Fixture("batch-" + UUID.randomUUID() + "-", UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        }

        String net(String name) {
            return p + "net-" + name;
        }

        String phone(String name) {
            return p + "phone-" + name;
        }

        String ad(String name) {
            return p + name;
        }

        void setUp(SupervisionStore store, Instant now) {
            store.insertCase(caseA, p + "A", LEEUWARDEN, "Zaak A", "tester", now);
            store.addAd(caseA, ad("case-ad-a"), net("A"), LEEUWARDEN, Set.of(phone("A")), now);
            store.addPerson(caseA, new PersonMet("Eva", AgeBand.FROM_21_TO_25, "RO", "ro", phone("P")), now);
            intervene(store, caseA, LEEUWARDEN);
            store.insertCase(caseB, p + "B", SMALLINGERLAND, "Zaak B", "tester", now);
            store.addAd(caseB, ad("case-ad-b"), net("B"), SMALLINGERLAND, Set.of(), now);
            intervene(store, caseB, SMALLINGERLAND);
            store.insertCase(caseC, p + "C", LEEUWARDEN, "Zaak C", "tester", now);
            store.addAd(caseC, ad("case-ad-c"), net("C"), LEEUWARDEN, Set.of(phone("C")), now);
            store.insertLead(old1, LeadSource.AD, LEEUWARDEN, ad("old-1"), null, "NO_LICENCE_NUMBER", List.of(),
                    Set.of(), false, null, LeadScore.ofAd(AdLicenceCheck.NO_LICENCE_NUMBER, List.of(), false, false,
                            false), now);
            store.insertLead(old2, LeadSource.AD, SMALLINGERLAND, ad("old-2"), net("A"), "NO_LICENCE_NUMBER", List.of(),
                    Set.of(), false, null, LeadScore.ofAd(AdLicenceCheck.NO_LICENCE_NUMBER, List.of(), false, true,
                            true), now);
            store.insertAlert(UUID.randomUUID(), "NETWORK", caseA, LEEUWARDEN, SMALLINGERLAND, old2, null, now);
        }

        private static void intervene(SupervisionStore store, UUID caseId, MunicipalityCode municipality) {
            store.insertAction(new Rows.EnforcementAction(UUID.randomUUID(), caseId, null, SubjectKind.NETWORK, "key",
                    "Netwerk", municipality, "UNLICENSED", "WARNING", "WARNING", null, null, null, null,
                    LetterLanguage.NL, LocalDate.parse("2026-03-01"), null, "2026.1", "tester"));
        }

        AdSighting sighting(String ad, MunicipalityCode municipality, AdLicenceCheck check, List<String> indicators,
                String network, Set<String> identifiers, boolean newInTown) {
            return new AdSighting(ad(ad), UUID.randomUUID().toString(), municipality, Instant.parse("2026-06-01T12:00:00Z"),
                    check, indicators, network, null, identifiers, newInTown);
        }

        /** A mixed import: new ads, re-imported ads, ads linked to intervened cases, ads outside the mandate. */
        List<AdSighting> mixedImport() {
            var none = List.<String>of();
            return List.of(
                    sighting("n1", LEEUWARDEN, AdLicenceCheck.NO_LICENCE_NUMBER, none, null, Set.of(), false),
                    sighting("n2", LEEUWARDEN, AdLicenceCheck.LICENSED, none, null, Set.of(), false), // not worth it
                    sighting("n3", LEEUWARDEN, AdLicenceCheck.LICENSED, List.of("VERY_YOUNG", "UNSAFE_SERVICES"), null,
                            Set.of(), false), // licensed, but a high score
                    sighting("n4", LEEUWARDEN, AdLicenceCheck.LICENSED, none, net("A"), Set.of(), false), // seen, own town
                    sighting("n5", SMALLINGERLAND, AdLicenceCheck.LICENSED, none, net("A"), Set.of(), false), // displaced
                    sighting("n6", AMELAND, AdLicenceCheck.NO_LICENCE_NUMBER, none, null,
                            Set.of(phone("A"), phone("P")), false), // routed, phone and person displaced
                    sighting("old-1", LEEUWARDEN, AdLicenceCheck.LICENSED, none, null, Set.of(), false), // refreshed
                    sighting("old-2", SMALLINGERLAND, AdLicenceCheck.LICENSED, none, net("A"), Set.of(phone("A")),
                            false), // network alert already there, phone alert new
                    sighting("out", null, AdLicenceCheck.OUTSIDE_FRYSLAN, none, net("A"), Set.of(), true),
                    sighting("nowhere", null, AdLicenceCheck.NO_LICENCE_NUMBER, none, null, Set.of(), true),
                    sighting("n11", LEEUWARDEN, AdLicenceCheck.LICENSED, none, net("C"), Set.of(phone("C")), false),
                    sighting("n1", SMALLINGERLAND, AdLicenceCheck.NO_LICENCE_NUMBER, none, null, Set.of(), true),
                    sighting("n6", AMELAND, AdLicenceCheck.NO_LICENCE_NUMBER, List.of("TOURING"), null,
                            Set.of(phone("A")), false),
                    sighting("n14", SMALLINGERLAND, AdLicenceCheck.NO_LICENCE_NUMBER, none, net("B"), Set.of(), false),
                    sighting("n15", LEEUWARDEN, AdLicenceCheck.LICENSED, none, net("B"), Set.of(), false),
                    sighting("n16", AMELAND, AdLicenceCheck.LICENSED, none, null, Set.of(), true),
                    sighting("n17", LEEUWARDEN, AdLicenceCheck.INVALID_LICENCE, none, net("X"), Set.of(phone("X")), false),
                    sighting("n18", ACHTKARSPELEN, AdLicenceCheck.LICENSED, none, null, Set.of(), false),
                    sighting("n4", SMALLINGERLAND, AdLicenceCheck.LICENSED, none, net("A"), Set.of(), false));
        }
    }

    /** What an import left in the database, without random ids and times: leads by ad, alerts, notifications. */
    record Result(AdLeads.Outcome outcome, List<String> leads, List<String> alerts, List<String> notifications) {
    }

    static Result result(DataSource dataSource, Fixture fixture, AdLeads.Outcome outcome) {
        JdbcClient sql = JdbcClient.create(dataSource);
        String p = fixture.p() + "%";
        List<String> leads = sql.sql("""
                SELECT concat_ws('|', ad_id, source, municipality, network_id, licence_check, indicator_codes::text,
                    identifier_indexes::text, new_in_town, score, reasons::text, state, summary IS NULL)
                FROM supervision.lead WHERE ad_id LIKE :p ORDER BY 1""").param("p", p).query(String.class).list();
        List<String> alerts = sql.sql("""
                SELECT concat_ws('|', a.match_kind, a.from_case_id, a.from_municipality, a.to_municipality, l.ad_id,
                    a.to_case_id IS NULL)
                FROM supervision.displacement_alert a JOIN supervision.lead l ON l.id = a.to_lead_id
                WHERE l.ad_id LIKE :p ORDER BY 1""").param("p", p).query(String.class).list();
        List<String> notifications = sql.sql("""
                SELECT concat_ws('|', n.municipality, n.kind, n.recipient, l.ad_id) FROM supervision.notification n
                  JOIN supervision.lead l ON l.id = n.object_id WHERE l.ad_id LIKE :p
                UNION ALL
                SELECT concat_ws('|', n.municipality, n.kind, n.recipient, a.match_kind, a.from_case_id, l.ad_id)
                  FROM supervision.notification n JOIN supervision.displacement_alert a ON a.id = n.object_id
                  JOIN supervision.lead l ON l.id = a.to_lead_id WHERE l.ad_id LIKE :p
                ORDER BY 1""").param("p", p).query(String.class).list();
        return new Result(outcome, leads, alerts, notifications);
    }

    @Test
    void theSetBasedPathGivesTheSameLeadsAlertsAndNotificationsAsTheOneAdAtATimeRule() {
        Fixture fixture = Fixture.random();
        List<AdSighting> ads = fixture.mixedImport();
        Wiring wiring = new Wiring(dataSource);

        Result perAd = wiring.rolledBack(fixture, store -> result(dataSource, fixture, wiring.perAd().process(ads)));
        Result oneBatch = wiring.rolledBack(fixture, store -> result(dataSource, fixture, wiring.setBased(2000).process(ads)));
        Result batchesOfThree = wiring.rolledBack(fixture,
                store -> result(dataSource, fixture, wiring.setBased(3).process(ads)));

        // what the rule says for this import, worked out by hand
        assertThat(perAd.outcome()).isEqualTo(new AdLeads.Outcome(9, 5, 2, 6));
        assertThat(perAd.leads()).hasSize(11); // 9 new, old-1 and old-2
        assertThat(perAd.leads()).anySatisfy(l -> assertThat(l).startsWith(fixture.ad("n4") + "|AD|GM0090|"));
        assertThat(perAd.leads()).noneSatisfy(l -> assertThat(l).startsWith(fixture.ad("n2") + "|"));
        assertThat(perAd.alerts()).hasSize(7); // 6 raised by this import, 1 there before
        assertThat(perAd.notifications()).filteredOn(n -> n.contains("|LEAD_OUTSIDE_MANDATE|")).hasSize(2);
        assertThat(perAd.notifications()).filteredOn(n -> n.contains("|DISPLACEMENT|")).hasSize(2)
                .allSatisfy(n -> assertThat(n).startsWith("GM0060|"));

        // and the set-based path does exactly the same, in one batch and in batches of three
        assertThat(oneBatch).isEqualTo(perAd);
        assertThat(batchesOfThree).isEqualTo(perAd);
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

    /** Many ads: a quarter in networks of intervened cases, some with the phones of case A, some on Ameland. */
    static List<AdSighting> manyAds(Fixture fixture, int count) {
        MunicipalityCode[] places = {LEEUWARDEN, SMALLINGERLAND, AMELAND, ACHTKARSPELEN};
        AdLicenceCheck[] checks = {AdLicenceCheck.NO_LICENCE_NUMBER, AdLicenceCheck.LICENSED,
            AdLicenceCheck.INVALID_LICENCE, AdLicenceCheck.LICENSED, AdLicenceCheck.OUTSIDE_FRYSLAN};
        List<AdSighting> ads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AdLicenceCheck check = checks[i % checks.length];
            String network = i % 8 == 0 ? fixture.net("A") : i % 8 == 1 ? fixture.net("B") : i % 3 == 0
                    ? fixture.net("n" + i / 30) : null;
            Set<String> phones = i % 20 == 2 ? Set.of(fixture.phone("A"), fixture.phone("own" + i))
                    : i % 20 == 3 ? Set.of(fixture.phone("P")) : Set.of(fixture.phone("own" + i));
            String ad = i % 10 == 6 ? "many-" + (i - 6) : i % 50 == 5 ? "old-1" : "many-" + i;
            ads.add(fixture.sighting(ad, check == AdLicenceCheck.OUTSIDE_FRYSLAN ? null : places[i % places.length],
                    check, i % 6 == 0 ? List.of("AVAILABLE_24_7") : List.of(), network, phones, i % 7 == 0));
        }
        return ads;
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfAds() {
        Fixture fixture = Fixture.random();
        CountingDataSource counted = new CountingDataSource(dataSource);
        Wiring wiring = new Wiring(counted);

        List<AdSighting> thousands = manyAds(fixture, 2000);
        int[] setBased = wiring.rolledBack(fixture, store -> {
            counted.statements.set(0);
            AdLeads.Outcome outcome = wiring.setBased(1000).process(thousands);
            assertThat(outcome.created()).isGreaterThan(500);
            assertThat(outcome.refreshed()).isGreaterThan(100);
            assertThat(outcome.routed()).isGreaterThan(100);
            assertThat(outcome.alerts()).isGreaterThan(100);
            return new int[] {counted.statements.get()};
        });
        // 2 batches of 1,000 ads: per batch 2 look-ups in cases, 1 of leads, 2 JDBC batches of leads,
        // 1 insert of routed notifications, 1 of alerts, 1 of their notifications
        assertThat(setBased[0]).isLessThanOrEqualTo(2 * 8);

        // the rule it replaced needed several statements per ad: already 200 ads take far more
        int[] perAd = wiring.rolledBack(fixture, store -> {
            counted.statements.set(0);
            wiring.perAd().process(thousands.subList(0, 200));
            return new int[] {counted.statements.get()};
        });
        assertThat(perAd[0]).isGreaterThan(200);
    }
}
