package frl.ienline.rulebook;

import frl.ienline.rulebook.internal.VersionChecks;
import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One version of the regional rulebook: everything that is the same in all 18 municipalities, from the
 * day it takes effect until the next version does. Decisions record the {@link #id()} they were made under.
 * Valid by construction: the constructor checks the cross-references (known municipalities, unique codes,
 * every retention category present, a licence number pattern that recognises its own numbers).
 *
 * @param id            version id {@code YYYY.N}, e.g. {@code 2026.1}
 * @param effectiveFrom first day this version applies
 * @param fourEyes      which actions need a second person; a version without the section gets {@link FourEyes#fallback}
 * @param letters       what the letters take from the rulebook, or {@code null} in versions from before issue 17
 * @param reporting     small-number suppression and the uniformity monitor's thresholds ({@link ReportingRules#DEFAULT}
 *                      for versions that do not state them)
 */
public record RulebookVersion(String id, LocalDate effectiveFrom, LocalizedText title, List<Municipality> municipalities,
        SupervisionTeam supervisionTeam, Licensing licensing, List<LicenceKind> licenceKinds, ProcedureTerms procedure,
        EnforcementLadder enforcement, List<Retention> retention, List<LegalBasis> legalBases,
        List<DismissalReason> dismissalReasons, ReportingRules reporting, FourEyes fourEyes, LetterRules letters) {

    public RulebookVersion {
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(supervisionTeam, "supervisionTeam");
        Objects.requireNonNull(licensing, "licensing");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(enforcement, "enforcement");
        municipalities = List.copyOf(municipalities);
        licenceKinds = List.copyOf(licenceKinds);
        retention = List.copyOf(retention);
        legalBases = List.copyOf(legalBases);
        dismissalReasons = List.copyOf(dismissalReasons);
        fourEyes = fourEyes != null ? fourEyes : FourEyes.fallback(enforcement);
        for (String step : fourEyes.enforcementSteps()) {
            if (enforcement.step(step).isEmpty()) {
                throw new IllegalArgumentException("fourEyes.enforcementSteps names an unknown step: " + step);
            }
        }
        var problems = VersionChecks.problems(id, municipalities, supervisionTeam, licensing, licenceKinds,
                enforcement.steps(), retention, legalBases, dismissalReasons);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid rulebook version " + id + ": " + problems.stream()
                    .map(p -> p.where() + ": " + p.what()).collect(Collectors.joining("; ")));
        }
    }

    /** A version without reporting rules and without the sections of issue 17: the documented fallbacks apply. */
    public RulebookVersion(String id, LocalDate effectiveFrom, LocalizedText title, List<Municipality> municipalities,
            SupervisionTeam supervisionTeam, Licensing licensing, List<LicenceKind> licenceKinds, ProcedureTerms procedure,
            EnforcementLadder enforcement, List<Retention> retention, List<LegalBasis> legalBases,
            List<DismissalReason> dismissalReasons) {
        this(id, effectiveFrom, title, municipalities, supervisionTeam, licensing, licenceKinds, procedure, enforcement,
                retention, legalBases, dismissalReasons, ReportingRules.DEFAULT, null, null);
    }

    /** What the letters take from this version, if it says. */
    public Optional<LetterRules> letterRules() {
        return Optional.ofNullable(letters);
    }

    public Optional<Municipality> municipality(MunicipalityCode code) {
        return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** True when the municipality takes part in the regional supervision team on that date. */
    public boolean participatesOn(MunicipalityCode code, LocalDate date) {
        return supervisionTeam.participatesOn(code, date);
    }

    /** The municipalities in the regional supervision team on that date, in the order of this rulebook. */
    public List<Municipality> participatingOn(LocalDate date) {
        var codes = supervisionTeam.participantsOn(date);
        return municipalities.stream().filter(m -> codes.contains(m.code())).toList();
    }

    public Optional<LicenceKind> licenceKind(String code) {
        return licenceKinds.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** The retention of an {@linkplain RetentionCategory#optional() optional} category, if this version sets one. */
    public Optional<Retention> retentionIfSet(RetentionCategory category) {
        return retention.stream().filter(r -> r.category() == category).findFirst();
    }

    /** The retention of a category; every non-optional category is present in every valid version. */
    public Retention retention(RetentionCategory category) {
        return retention.stream().filter(r -> r.category() == category).findFirst().orElseThrow();
    }

    public Optional<LegalBasis> legalBasis(String code) {
        return legalBases.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public Optional<DismissalReason> dismissalReason(String code) {
        return dismissalReasons.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public LicenceNumberFormat licenceNumberFormat() {
        return licensing.numberFormat();
    }
}
