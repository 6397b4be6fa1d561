package frl.ienline.reporting.internal;

import frl.ienline.shared.SupportFigures.SuppressedCount;
import frl.ienline.shared.SupportFigures;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care compartment's figures as reporting keeps them: the anonymous regional counts that
 * {@link SupportFigures} publishes (already suppressed there), captured per year and quarter. A period that is
 * over is captured once and kept, so its figures survive the compartment's own retention; the running period
 * is refreshed every night. Nothing else of the compartment is read, and nothing per municipality exists.
 */
@Component
public class CareFigures {

    /** A care figure as shown: the text and whether it hides a small number. */
    public record Shown(String text, boolean suppressed) {
        public static final Shown NONE = new Shown("–", false);
    }

    static final List<Measure> MEASURES = List.of(Measure.CARE_REPORTS, Measure.CARE_ALERTS, Measure.CARE_CHECKS,
            Measure.CARE_MEETUPS, Measure.CARE_MEMBERS);

    private final JdbcClient jdbc;
    private final ObjectProvider<SupportFigures> support;
    private final Region region;
    private final Clock clock;

    CareFigures(JdbcClient jdbc, ObjectProvider<SupportFigures> support, Region region, Clock clock) {
        this.jdbc = jdbc;
        this.support = support;
        this.region = region;
        this.clock = clock;
    }

    /** At start and every night: captures the periods of this and last year not captured for good yet. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${ienline.reporting.care-capture-cron:0 40 2 * * *}", zone = "${ienline.time-zone:Europe/Amsterdam}")
    public void captureRecent() {
        LocalDate today = LocalDate.now(clock);
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            ReportPeriod y = ReportPeriod.year(year);
            capture(y);
            y.quarters().stream().filter(q -> !q.start().isAfter(today)).forEach(this::capture);
        }
    }

    /** Captures one period from the compartment unless it was captured after it closed. */
    @Transactional
    public void capture(ReportPeriod period) {
        SupportFigures figures = support.getIfAvailable();
        LocalDate today = LocalDate.now(clock);
        if (figures == null || period.start().isAfter(today) || closedCapture(period)) {
            return;
        }
        boolean closed = period.closedOn(today);
        LocalDate end = closed ? period.end() : today.plusDays(1);
        SupportFigures.Counts counts = figures.counts(period.start(), end);
        Map<Measure, SuppressedCount> values = new LinkedHashMap<>();
        values.put(Measure.CARE_REPORTS, counts.reports());
        values.put(Measure.CARE_ALERTS, counts.alerts());
        values.put(Measure.CARE_CHECKS, counts.checks());
        values.put(Measure.CARE_MEETUPS, counts.meetups());
        values.put(Measure.CARE_MEMBERS, counts.members());
        values.forEach((measure, count) -> store(period, measure, count.shown(), count.suppressed(), closed, false));
    }

    /** Stores a figure for a period; a figure captured after its period closed is not replaced. */
    @Transactional
    public void store(ReportPeriod period, Measure measure, String shown, boolean suppressed, boolean closed,
            boolean demo) {
        jdbc.sql("""
                INSERT INTO reporting.care_figure (period, measure, shown, suppressed, closed, demo, captured_at)
                VALUES (:p, :m, :s, :sup, :closed, :demo, :now)
                ON CONFLICT (period, measure) DO UPDATE SET shown = EXCLUDED.shown, suppressed = EXCLUDED.suppressed,
                    closed = EXCLUDED.closed, demo = EXCLUDED.demo, captured_at = EXCLUDED.captured_at
                 WHERE NOT care_figure.closed""")
                .param("p", period.toString()).param("m", measure.code()).param("s", shown).param("sup", suppressed)
                .param("closed", closed).param("demo", demo).param("now", Timestamp.from(clock.instant())).update();
    }

    /** The figures of a period, with the reporting threshold applied on top of the compartment's own. */
    public Map<Measure, Shown> of(ReportPeriod period) {
        SmallNumbers numbers = region.numbers();
        Map<Measure, Shown> shown = new EnumMap<>(Measure.class);
        jdbc.sql("SELECT measure, shown, suppressed FROM reporting.care_figure WHERE period = :p")
                .param("p", period.toString())
                .query(rs -> {
                    String text = rs.getString(2);
                    boolean suppressed = rs.getBoolean(3);
                    Measure.byCode(rs.getString(1)).ifPresent(m -> shown.put(m, recheck(text, suppressed, numbers)));
                });
        return shown;
    }

    private boolean closedCapture(ReportPeriod period) {
        return jdbc.sql("SELECT count(*) FROM reporting.care_figure WHERE period = :p AND closed")
                .param("p", period.toString()).query(Integer.class).single() >= MEASURES.size();
    }

    /** A number the compartment showed that is still small under the rulebook's threshold is hidden too. */
    static Shown recheck(String text, boolean suppressed, SmallNumbers numbers) {
        if (suppressed) {
            return new Shown(text, true);
        }
        try {
            long value = Long.parseLong(text);
            return numbers.isSmall(value) ? new Shown(numbers.text(value, SmallNumbers.Mark.SMALL), true)
                    : new Shown(text, false);
        } catch (NumberFormatException e) {
            return new Shown(text, true);
        }
    }
}
