package frl.ienline.shared;

import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a user may see: a set of municipalities and one compartment. Modules put it into their queries
 * ({@link #municipalityValues()} as an SQL array parameter), not only into their screens.
 */
public record AccessScope(SortedSet<MunicipalityCode> municipalities, Compartment compartment)
        implements java.io.Serializable { // kept in a database session (ADR 0021)

    public AccessScope {
        if (municipalities == null || compartment == null) {
            throw new IllegalArgumentException("An access scope needs municipalities and a compartment");
        }
        municipalities = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(municipalities));
    }

    public static AccessScope of(Collection<MunicipalityCode> municipalities, Compartment compartment) {
        return new AccessScope(new TreeSet<>(municipalities), compartment);
    }

    public static AccessScope none() {
        return new AccessScope(new TreeSet<>(), Compartment.NONE);
    }

    public boolean covers(MunicipalityCode municipality) {
        return municipalities.contains(municipality);
    }

    public boolean isCare() {
        return compartment == Compartment.CARE;
    }

    public boolean isEnforcement() {
        return compartment == Compartment.ENFORCEMENT;
    }

    /** The codes as strings, for {@code = ANY(:municipalities)} in SQL. */
    public String[] municipalityValues() {
        return municipalities.stream().map(MunicipalityCode::value).toArray(String[]::new);
    }

    public Set<MunicipalityCode> asSet() {
        return municipalities;
    }
}
