package frl.ienline.supervision.internal;

import java.util.Locale;
import java.util.Optional;

/** The languages the enforcement letters are written in; persons in another language get English. */
public enum LetterLanguage {
    NL, EN, RO, BG, HU, ES, PL;

    public Locale locale() {
        return Locale.of(name().toLowerCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LetterLanguage> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The letter language for a person's language code: their own when supported, English otherwise. */
    public static LetterLanguage forPerson(String languageCode) {
        return parse(languageCode).orElse(EN);
    }
}
