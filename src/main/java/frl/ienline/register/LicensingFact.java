package frl.ienline.register;

import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Past-tense facts of the licence procedure that other modules (reporting) may count: ids, codes, dates and
 * the municipality, never a name, an address or a person. Raised by the aggregates and published when they
 * are saved, so every path that changes an application or a licence raises them.
 */
public sealed interface LicensingFact {

    /** The application or licence the fact is about. */
    UUID id();

    MunicipalityCode municipality();

    /** The licence kind code of the rulebook, e.g. {@code PB}. */
    String licenceKind();

    /** The day it happened. */
    LocalDate on();

    /** An application was received (submitted online or registered on paper): the decision term starts. */
    record ApplicationReceived(UUID id, MunicipalityCode municipality, String licenceKind, String channel,
            LocalDate on) implements LicensingFact {
        public ApplicationReceived {
            require(id, municipality, licenceKind, on);
        }
    }

    /** The decision term stands still: {@code reason} is {@code REPAIR} (information asked) or {@code BIBOB}. */
    record DecisionTermSuspended(UUID id, MunicipalityCode municipality, String licenceKind, String reason,
            LocalDate on) implements LicensingFact {
        public DecisionTermSuspended {
            require(id, municipality, licenceKind, on);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The application was decided.
     *
     * @param outcome   {@code GRANTED}, {@code GRANTED_WITH_CONDITIONS}, {@code REFUSED} or {@code NOT_CONSIDERED}
     * @param days      calendar days from receipt to decision, suspended days not counted
     * @param termDays  the statutory term that applied: decision term plus the extension when it was extended
     * @param late      decided after the deadline
     */
    record ApplicationDecided(UUID id, MunicipalityCode municipality, String licenceKind, String outcome,
            LocalDate receivedOn, LocalDate on, int days, int termDays, boolean late) implements LicensingFact {
        public ApplicationDecided {
            require(id, municipality, licenceKind, on);
            Objects.requireNonNull(outcome, "outcome");
            if (days < 0 || termDays < 0) {
                throw new IllegalArgumentException("Days cannot be negative");
            }
        }
    }

    /** The applicant withdrew a received application before the decision. */
    record ApplicationWithdrawn(UUID id, MunicipalityCode municipality, String licenceKind, LocalDate on)
            implements LicensingFact {
        public ApplicationWithdrawn {
            require(id, municipality, licenceKind, on);
        }
    }

    /** A licence was granted, valid from {@code on} up to and including {@code validUntil}. */
    record LicenceGranted(UUID id, MunicipalityCode municipality, String licenceKind, LocalDate on,
            LocalDate validUntil) implements LicensingFact {
        public LicenceGranted {
            require(id, municipality, licenceKind, on);
            Objects.requireNonNull(validUntil, "validUntil");
        }
    }

    /**
     * A licence changed state: {@code SUSPENDED}, {@code ACTIVE} (suspension lifted), {@code REVOKED} or
     * {@code LAPSED} (exploitation ended). {@code validUntil} is the end of its validity as granted.
     */
    record LicenceStateChanged(UUID id, MunicipalityCode municipality, String licenceKind, String state,
            LocalDate on, LocalDate validUntil) implements LicensingFact {
        public LicenceStateChanged {
            require(id, municipality, licenceKind, on);
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(validUntil, "validUntil");
        }
    }

    private static void require(UUID id, MunicipalityCode municipality, String licenceKind, LocalDate on) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(licenceKind, "licenceKind");
        Objects.requireNonNull(on, "on");
    }
}
