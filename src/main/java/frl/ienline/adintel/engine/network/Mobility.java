package frl.ienline.adintel.engine.network;

import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a phone number or a network was over time: consecutive ads in one municipality form a stay;
 * the first ad in a municipality is "new in town"; a stay after a stay elsewhere is a move.
 * Observations are ordered by capture time (then ad index), so the result does not depend on the
 * order in which ads arrived.
 */
public final class Mobility {

    /** Consecutive ads in one municipality. */
    public record Stay(MunicipalityCode municipality, Instant from, Instant until, int ads) {
        public Stay {
            Objects.requireNonNull(municipality, "municipality");
        }
    }

    /** The timeline of stays and the events along it. */
    public record Report(String subject, List<Stay> timeline, List<MobilityEvent> events) {
        public Report {
            timeline = List.copyOf(timeline);
            events = List.copyOf(events);
        }

        public List<MunicipalityCode> municipalities() {
            return timeline.stream().map(Stay::municipality).distinct().toList();
        }
    }

    private Mobility() {
    }

    public static Report analyse(String subject, List<Observation> observations) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparing(Observation::at).thenComparingInt(Observation::item));
        List<Stay> timeline = new ArrayList<>();
        List<MobilityEvent> events = new ArrayList<>();
        Set<MunicipalityCode> seen = new HashSet<>();
        Stay current = null;
        for (Observation o : sorted) {
            if (seen.add(o.municipality())) {
                events.add(new MobilityEvent.NewInTown(subject, o.municipality(), o.at(), o.item()));
            }
            if (current != null && current.municipality().equals(o.municipality())) {
                current = new Stay(current.municipality(), current.from(), o.at(), current.ads() + 1);
                timeline.set(timeline.size() - 1, current);
            } else {
                if (current != null) {
                    events.add(new MobilityEvent.Moved(subject, current.municipality(), o.municipality(), o.at(), o.item()));
                }
                current = new Stay(o.municipality(), o.at(), o.at(), 1);
                timeline.add(current);
            }
        }
        return new Report(subject, timeline, events);
    }
}
