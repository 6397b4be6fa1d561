package frl.ienline.rulebook;

import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A municipality's participation in the regional supervision team during a period.
 *
 * @param validFrom  first day of participation
 * @param validUntil last day of participation (inclusive), or {@code null} while it runs
 */
public record Participation(MunicipalityCode municipality, LocalDate validFrom, LocalDate validUntil) {

    public Participation {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("Participation of " + municipality + " ends (" + validUntil
                    + ") before it starts (" + validFrom + ")");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
    }

    /** True when this period and the other share at least one day. */
    public boolean overlaps(Participation other) {
        boolean endsBeforeOther = validUntil != null && validUntil.isBefore(other.validFrom);
        boolean startsAfterOther = other.validUntil != null && validFrom.isAfter(other.validUntil);
        return !endsBeforeOther && !startsAfterOther;
    }
}
