package frl.ienline.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * In demo mode, a statistics store that starts empty gets five years of made-up history ({@link DemoHistory}),
 * through the same translation and journal as the live facts, so every screen shows something on a fresh
 * start. Marked as demo in the store. Never in production (the production guard refuses demo mode).
 */
@Component
public class DemoReportingData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReportingData.class);
    static final int YEARS = 5;

    private final Journal journal;
    private final StatisticsIntake intake;
    private final AdFacts ads;
    private final CareFigures care;
    private final Region region;
    private final Clock clock;
    private final boolean enabled;

    DemoReportingData(Journal journal, StatisticsIntake intake, AdFacts ads, CareFigures care, Region region,
            Clock clock, @Value("${ienline.demo.enabled:false}") boolean enabled) {
        this.journal = journal;
        this.intake = intake;
        this.ads = ads;
        this.care = care;
        this.region = region;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && journal.isEmpty()) {
            long started = System.nanoTime();
            int facts = load(1, 20261207L);
            log.info("Reporting demo history: {} facts of {} years written in {} ms", facts, YEARS,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Writes the history of the last {@link #YEARS} years up to yesterday; returns the facts written. */
    public int load(int scale, long seed) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(today.getYear() - YEARS + 1, 1, 1);
        DemoHistory.History history = new DemoHistory(seed, clock, region, scale).generate(from, today);
        int written = intake.recordAll(history.facts(), true);
        for (int i = 0; i < history.sightings().size(); i += 2000) {
            written += ads.record(history.sightings().subList(i, Math.min(i + 2000, history.sightings().size())), true);
        }
        for (Map.Entry<ReportPeriod, long[]> quarter : history.care().entrySet()) {
            store(quarter.getKey(), quarter.getValue(), today);
        }
        for (int year = from.getYear(); year <= today.getYear(); year++) {
            ReportPeriod y = ReportPeriod.year(year);
            long[] sum = new long[5];
            history.care().forEach((q, values) -> {
                if (q.year() == y.year()) {
                    for (int k = 0; k < 4; k++) {
                        sum[k] += values[k];
                    }
                    sum[4] = values[4];
                }
            });
            store(y, sum, today);
        }
        return written;
    }

    private void store(ReportPeriod period, long[] values, LocalDate today) {
        List<Measure> measures = CareFigures.MEASURES;
        SmallNumbers numbers = region.numbers();
        for (int k = 0; k < measures.size(); k++) {
            long value = values[k];
            care.store(period, measures.get(k), numbers.text(value, numbers.primary(value)), numbers.isSmall(value),
                    period.closedOn(today), true);
        }
    }
}
