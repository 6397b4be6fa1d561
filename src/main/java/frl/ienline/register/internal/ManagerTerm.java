package frl.ienline.register.internal;

import java.time.LocalDate;
import java.util.Objects;

/** A manager on a licence from a date and, after a change of manager, until a date. */
public record ManagerTerm(Person person, LocalDate from, LocalDate until) {

    public ManagerTerm {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("A manager cannot leave before starting");
        }
    }

    public boolean isCurrent() {
        return until == null;
    }

    ManagerTerm endOn(LocalDate day) {
        return new ManagerTerm(person, from, day);
    }
}
