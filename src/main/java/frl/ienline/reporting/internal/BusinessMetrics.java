package frl.ienline.reporting.internal;

import frl.ienline.adintel.AdsImported;
import frl.ienline.supervision.SupervisionFact;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Business counters for the operator's dashboards (issue 18, ADR 0021), exposed with the other metrics on the
 * Prometheus endpoint (ADR 0020): imports and the new snapshots they stored, leads raised per source. Counts
 * only, per node (Prometheus adds the nodes up); never an id, a name or a municipality.
 */
@Component
class BusinessMetrics {

    private final MeterRegistry registry;
    private final Counter imports;
    private final Counter snapshots;

    BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.imports = Counter.builder("ienline.adintel.imports").description("Ad imports committed").register(registry);
        this.snapshots = Counter.builder("ienline.adintel.snapshots.new").description("New ad snapshots stored by imports")
                .register(registry);
    }

    @EventListener
    void on(AdsImported imported) {
        imports.increment();
        snapshots.increment(imported.newSnapshots());
    }

    @EventListener
    void on(SupervisionFact.LeadRaised raised) {
        registry.counter("ienline.supervision.leads.raised", "source", raised.source()).increment();
    }
}
