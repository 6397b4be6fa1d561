package frl.ienline.register.internal;

import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What the register needs from the regional rulebook, in the register's own terms. The domain depends on
 * this port only, so a new rulebook version changes values, never register code. Everything is asked
 * for a date: the rules in force on that day apply, and decisions record the version id they used.
 */
public interface LicensingRules {

    /** Terms, ages and conditions of a licence kind in the rulebook version active on {@code on}. */
    KindTerms kind(LicenceKind kind, LocalDate on);

    /** Procedure terms (Bibob, objection, repair, look-back) in force on {@code on}. */
    ProcedureTerms procedure(LocalDate on);

    /** The municipality's cap for a kind on {@code on}, if it has one. */
    Optional<MunicipalityCap> cap(MunicipalityCode municipality, LicenceKind kind, LocalDate on);

    /** How long refused (and otherwise ended) applications are kept after they became final, on {@code on}. */
    Period refusedApplicationRetention(LocalDate on);

    /** How long ended, revoked or expired licences are kept after they ended, on {@code on}. */
    Period endedLicenceRetention(LocalDate on);

    /** Whether a licence decision on {@code on} needs a second officer's paraaf before it takes effect (ADR 0022). */
    boolean decisionNeedsSecondOfficer(LocalDate on);

    /** What a decision letter on {@code on} takes from the rulebook (issue 17, ADR 0022). */
    LetterFacts letterFacts(MunicipalityCode municipality, LicenceKind kind, LocalDate on);

    /**
     * @param legalBasis      the articles the decision rests on (APV), Dutch
     * @param fee             the leges of an application, or {@code null} when the rulebook states none
     * @param competentBody   who decides, in the letter's words: "de burgemeester" or "het college van burgemeester en
     *                        wethouders"
     * @param signatory       who signs on the competent body's behalf (mandate), Dutch
     * @param objectionPeriod the objection term as the rulebook states it
     */
    record LetterFacts(String legalBasis, java.math.BigDecimal fee, String competentBody, String signatory,
            Period objectionPeriod) {
        public LetterFacts {
            Objects.requireNonNull(legalBasis, "legalBasis");
            Objects.requireNonNull(competentBody, "competentBody");
            Objects.requireNonNull(signatory, "signatory");
            Objects.requireNonNull(objectionPeriod, "objectionPeriod");
        }
    }

    /** The id of the rulebook version active on {@code on}; recorded with every decision. */
    String versionId(LocalDate on);

    /** The municipalities of the region with their names, in code order. */
    SortedMap<MunicipalityCode, String> municipalities();

    /** The same municipalities in alphabetical order of their name, as every list shows them to a person. */
    default java.util.Map<MunicipalityCode, String> municipalitiesByName() {
        java.text.Collator dutch = java.text.Collator.getInstance(java.util.Locale.of("nl", "NL"));
        java.util.Map<MunicipalityCode, String> byName = new java.util.LinkedHashMap<>();
        municipalities().entrySet().stream().sorted(java.util.Map.Entry.comparingByValue(dutch))
                .forEach(e -> byName.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** The region-unique licence number for the {@code sequence}-th licence of a kind in a municipality. */
    String licenceNumber(MunicipalityCode municipality, LicenceKind kind, int sequence);

    /**
     * The canonical licence number if {@code text} is one, in any spelling the rulebook accepts
     * ({@code frl 0080 pb 0012} → {@code FRL-0080-PB-0012}); empty otherwise.
     */
    Optional<String> canonicalLicenceNumber(String text);

    default String municipalityName(MunicipalityCode code) {
        return municipalities().getOrDefault(code, code.value());
    }

    /**
     * @param decisionTermDays   beslistermijn in calendar days
     * @param extensionDays      the one extension (verdaging) allowed, in calendar days
     * @param validity           how long a licence of this kind is valid
     * @param renewalLeadDays    how many days before expiry the renewal reminder is due
     * @param minimumAgeOperator minimum age of a natural-person operator on the decision date
     * @param minimumAgeManager  minimum age of every manager on the decision date
     * @param standardConditions conditions (voorschriften) proposed for every licence of the kind
     * @param rulebookVersion    the version these values come from
     */
    record KindTerms(LicenceKind kind, int decisionTermDays, int extensionDays, Period validity, int renewalLeadDays,
            int minimumAgeOperator, int minimumAgeManager, List<String> standardConditions, String rulebookVersion) {
        public KindTerms {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(validity, "validity");
            Objects.requireNonNull(rulebookVersion, "rulebookVersion");
            if (decisionTermDays <= 0 || extensionDays < 0 || renewalLeadDays < 0 || minimumAgeOperator < 18
                    || minimumAgeManager < 18) {
                throw new IllegalArgumentException("Implausible licence terms for " + kind);
            }
            standardConditions = List.copyOf(standardConditions);
        }
    }

    /**
     * @param bibobAdviceDays      term of the Landelijk Bureau Bibob for an advice (8 weeks)
     * @param bibobExtensionDays   its one extension (4 weeks)
     * @param objectionDays        bezwaartermijn after a decision (6 weeks)
     * @param repairDays           term given to complete an incomplete application
     * @param lookBack             how far back refusals and revocations count (5 years)
     * @param weekendMovesDeadline false: calendar days; true: a due date on a Saturday or Sunday moves to Monday
     */
    record ProcedureTerms(int bibobAdviceDays, int bibobExtensionDays, int objectionDays, int repairDays,
            Period lookBack, boolean weekendMovesDeadline, String rulebookVersion) {
        public ProcedureTerms {
            Objects.requireNonNull(rulebookVersion, "rulebookVersion");
            Objects.requireNonNull(lookBack, "lookBack");
            if (bibobAdviceDays <= 0 || bibobExtensionDays < 0 || objectionDays <= 0 || repairDays <= 0
                    || lookBack.isNegative() || lookBack.isZero()) {
                throw new IllegalArgumentException("Implausible procedure terms");
            }
        }

        /** The look-back in whole years, for people ({@code P5Y} → 5). */
        public int lookBackYears() {
            return (int) Math.max(1, Math.round(lookBack.toTotalMonths() / 12.0 + lookBack.getDays() / 365.0));
        }
    }

    /** A municipality's maximum number of licences of a kind and/or of workrooms; {@code null} = no cap. */
    record MunicipalityCap(Integer maxLicences, Integer maxWorkrooms) {
        public MunicipalityCap {
            if ((maxLicences != null && maxLicences < 0) || (maxWorkrooms != null && maxWorkrooms < 0)) {
                throw new IllegalArgumentException("A cap cannot be negative");
            }
        }
    }
}
