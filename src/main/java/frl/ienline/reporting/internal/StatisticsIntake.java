package frl.ienline.reporting.internal;

import frl.ienline.adintel.AdSightings;
import frl.ienline.adintel.AdsImported;
import frl.ienline.register.LicensingFact;
import frl.ienline.signals.SignalFact;
import frl.ienline.supervision.SupervisionFact;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the statistics store from the facts the other modules publish, after their transaction committed
 * and in a transaction of its own (an event that fails here is retried from the event publication registry;
 * a redelivered one counts once). The demo history calls the same {@code record} methods.
 */
@Component
public class StatisticsIntake {

    private final Journal journal;
    private final AdFacts ads;
    private final ObjectProvider<AdSightings> sightings;
    private final Translation translation;

    StatisticsIntake(Journal journal, AdFacts ads, ObjectProvider<AdSightings> sightings, Clock clock) {
        this.journal = journal;
        this.ads = ads;
        this.sightings = sightings;
        this.translation = new Translation(clock.getZone());
    }

    @ApplicationModuleListener
    void on(LicensingFact fact) {
        record(fact, false);
    }

    @ApplicationModuleListener
    void on(SignalFact fact) {
        record(fact, false);
    }

    @ApplicationModuleListener
    void on(SupervisionFact fact) {
        record(fact, false);
    }

    @ApplicationModuleListener
    void on(AdsImported imported) {
        AdSightings adintel = sightings.getIfAvailable();
        if (adintel != null && imported.newSnapshots() > 0) {
            ads.record(adintel.ofImport(imported.importId()), false);
        }
    }

    /** Counts one fact of any module; {@code demo} marks the generated history. Returns the new facts. */
    public int record(Object event, boolean demo) {
        return journal.record(translate(event), demo);
    }

    /** Counts many facts at once (the demo history), in batches of the same statement. */
    public int recordAll(List<?> events, boolean demo) {
        List<Fact> batch = new ArrayList<>();
        int recorded = 0;
        for (Object event : events) {
            batch.addAll(translate(event));
            if (batch.size() >= 5000) {
                recorded += journal.record(batch, demo);
                batch.clear();
            }
        }
        return recorded + journal.record(batch, demo);
    }

    private List<Fact> translate(Object event) {
        return switch (event) {
            case LicensingFact f -> translation.of(f);
            case SignalFact f -> translation.of(f);
            case SupervisionFact f -> translation.of(f);
            default -> throw new IllegalArgumentException("Not a fact reporting counts: " + event.getClass());
        };
    }
}
