package frl.ienline.register.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;

/** An operator (natural person) or a manager: full name and date of birth, as on the ID document. */
public record Person(String name, LocalDate birthDate) {

    public Person {
        name = name == null ? null : name.strip().replaceAll("\\s+", " ");
        if (name == null || name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("A person needs a name of at most 200 characters");
        }
        Objects.requireNonNull(birthDate, "birthDate");
        if (birthDate.getYear() < 1900) {
            throw new IllegalArgumentException("Implausible date of birth");
        }
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Name and date of birth in a form that matches across spelling variants (case, accents, spaces). */
    public String matchKey() {
        return nameKey(name) + "|" + birthDate;
    }

    static String nameKey(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
