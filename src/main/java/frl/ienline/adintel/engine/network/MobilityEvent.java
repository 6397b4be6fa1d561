package frl.ienline.adintel.engine.network;

import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a phone number or a network did on the map. {@code subject} names what moved
 * ({@code network:123}, {@code phone:+316…}); a phone number is personal data, so the application
 * replaces it by its blind index before an event leaves the module.
 */
public sealed interface MobilityEvent {

    String subject();

    Instant at();

    /** The ad that showed it. */
    int item();

    /** The first appearance of the subject in a municipality. */
    record NewInTown(String subject, MunicipalityCode municipality, Instant at, int item) implements MobilityEvent {
        public NewInTown {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The subject's latest ad is in another municipality than the one before it. */
    record Moved(String subject, MunicipalityCode from, MunicipalityCode to, Instant at, int item) implements MobilityEvent {
        public Moved {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            if (from.equals(to)) {
                throw new IllegalArgumentException("A move goes somewhere else");
            }
        }
    }
}
