package frl.ienline.register.internal;

import java.util.Objects;

/**
 * The exploitant: a natural person (name and date of birth, a KvK number if registered as a sole trader)
 * or a company (name and KvK number).
 */
public record Operator(Type type, String name, java.time.LocalDate birthDate, KvkNumber kvk) {

    public enum Type { PERSON, COMPANY }

    public Operator {
        Objects.requireNonNull(type, "type");
        name = name == null ? null : name.strip().replaceAll("\\s+", " ");
        if (name == null || name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("An operator needs a name of at most 200 characters");
        }
        if (type == Type.PERSON) {
            new Person(name, birthDate); // same rules as any person
        } else {
            if (birthDate != null) {
                throw new IllegalArgumentException("A company has no date of birth");
            }
            Objects.requireNonNull(kvk, "A company operator needs a KvK number");
        }
    }

    public static Operator person(Person person, KvkNumber kvk) {
        return new Operator(Type.PERSON, person.name(), person.birthDate(), kvk);
    }

    public static Operator company(String name, KvkNumber kvk) {
        return new Operator(Type.COMPANY, name, null, kvk);
    }

    public boolean isPerson() {
        return type == Type.PERSON;
    }

    /** The natural person, for operators that are one. */
    public Person asPerson() {
        if (!isPerson()) {
            throw new IllegalStateException("A company is not a person");
        }
        return new Person(name, birthDate);
    }
}
