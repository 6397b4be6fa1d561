package frl.ienline.supervision.internal;

import frl.ienline.shared.InputRejected;
import java.util.Locale;
import java.util.Objects;

/**
 * A person met during a control, pseudonymous: a working name, an apparent age band, nationality and
 * language, and the phone only as a blind index. Never a real name, date of birth or BSN.
 *
 * @param nationality ISO 3166 alpha-2 country code, or {@code null} when unknown
 * @param language    ISO 639-1 code of the language the person reads (the letters use it)
 * @param phoneIndex  keyed blind index of the person's phone number, or {@code null}
 */
public record PersonMet(String workingName, AgeBand ageBand, String nationality, String language, String phoneIndex) {

    public PersonMet {
        workingName = Inputs.required(workingName, "workingName", 80);
        if (workingName.chars().filter(Character::isDigit).count() > 4) {
            throw InputRejected.of("workingName", "supervision.error.workingName");
        }
        Objects.requireNonNull(ageBand, "ageBand");
        nationality = nationality == null || nationality.isBlank() ? null : nationality.strip().toUpperCase(Locale.ROOT);
        if (nationality != null && !nationality.matches("[A-Z]{2}")) {
            throw InputRejected.of("nationality", "supervision.error.nationality");
        }
        language = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
        if (language == null || !language.matches("[a-z]{2}")) {
            throw InputRejected.of("language", "supervision.error.language");
        }
    }

    /** The key of the person in the region's enforcement history: working name and phone index together. */
    public String subjectKey() {
        return workingName.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "#" + Objects.toString(phoneIndex, "-");
    }
}
