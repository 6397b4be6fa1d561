package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.AdSighting;
import frl.ienline.supervision.SupervisionTesting;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A measurement, not part of the suite (its name is not a test class name surefire picks up): run it with
 * {@code ./mvnw -o test -Dtest=AdLeadsScaleMeasurement}. Times the application's set-based {@link AdLeads}
 * against the per-ad rule it replaced ({@link PerAdLeads}) on the same 20,000 sightings, each in a
 * transaction that is rolled back, and checks that both leave the same leads, alerts and notifications.
 * It prints the figures; it asserts no time.
 */
class AdLeadsScaleMeasurement extends SupervisionTesting {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    AdLeads adLeads;
    @Autowired
    SupervisionStore store;
    @Autowired
    Displacements displacements;
    @Autowired
    MunicipalityNotifications notifications;
    @Autowired
    SupervisionAccess access;

    private record Timed(AdLeadsBatchTests.Result result, Duration took) {
    }

    private Timed rolledBack(AdLeadsBatchTests.Fixture fixture, Supplier<AdLeads.Outcome> body) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            try {
                fixture.setUp(store, Instant.now(clock));
                long start = System.nanoTime();
                AdLeads.Outcome outcome = body.get();
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                return new Timed(AdLeadsBatchTests.result(dataSource, fixture, outcome), took);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    @Test
    void twentyThousandAdsOldAgainstNew() {
        AdLeadsBatchTests.Fixture fixture = AdLeadsBatchTests.Fixture.random();
        List<AdSighting> ads = AdLeadsBatchTests.manyAds(fixture, 20_000);
        PerAdLeads perAd = new PerAdLeads(store, displacements, notifications, access.mandate(), clock);

        rolledBack(fixture, () -> adLeads.process(ads.subList(0, 2_000))); // warm-up of both paths
        rolledBack(fixture, () -> perAd.process(ads.subList(0, 2_000)));
        Timed setBased = rolledBack(fixture, () -> adLeads.process(ads));
        Timed old = rolledBack(fixture, () -> perAd.process(ads));

        System.out.printf("AdLeads, 20,000 sightings: per ad %d ms, set-based %d ms (%.1fx); outcome %s%n",
                old.took().toMillis(), setBased.took().toMillis(),
                (double) old.took().toNanos() / setBased.took().toNanos(), setBased.result().outcome());
        assertThat(setBased.result()).isEqualTo(old.result());
    }
}
