package frl.ienline.signals.internal;

import java.util.Objects;

/** A person a signal is about: a pseudonym (working name, "woman in red coat" — never a real name or BSN). */
public record PersonConcerned(String pseudonym, Descriptors descriptors) {

    public PersonConcerned {
        pseudonym = Text.required(pseudonym, 80, "Pseudonym");
        descriptors = Objects.requireNonNullElse(descriptors, new Descriptors(null, null, null));
    }
}
