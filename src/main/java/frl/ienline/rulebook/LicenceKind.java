package frl.ienline.rulebook;

import frl.ienline.shared.MunicipalityCode;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of licence for a sex business with its terms, ages, caps and standard conditions.
 *
 * @param code                  two-letter code used in licence numbers: PB, EB or OE
 * @param premises              true when the business has premises (a sex establishment); false for mediation
 * @param decisionTerm          term to decide on an application
 * @param decisionTermExtension the one extension of the decision term the APV allows
 * @param validity              how long a licence is valid
 * @param renewalLeadTime       how long before expiry a renewal must be requested
 * @param legalBasis            the articles a decision on this kind rests on (APV), for the letters; {@code null} in
 *                              versions from before issue 17
 * @param fee                   the fee (leges) of an application, when the rulebook states one, or {@code null}
 */
public record LicenceKind(String code, LocalizedText name, LocalizedText description, boolean premises,
        Period decisionTerm, Period decisionTermExtension, Period validity, Period renewalLeadTime,
        MinimumAges minimumAges, List<LicenceCap> caps, List<LicenceCondition> conditions, LocalizedText legalBasis,
        java.math.BigDecimal fee) {

    /**
     * The legal basis a decision letter cites when the version does not state one for the kind (versions before
     * 2027.4): the same articles 2027.4 states.
     */
    public static final LocalizedText FALLBACK_LEGAL_BASIS = new LocalizedText(
            "artikel 3:3 (vergunningplicht) en artikel 3:5 (weigeringsgronden) van de Algemene plaatselijke verordening"
                    + " (APV) en afdeling 4.1.1 van de Algemene wet bestuursrecht",
            "article 3:3 (licence requirement) and article 3:5 (grounds for refusal) of the local bye-law (APV) and"
                    + " section 4.1.1 of the General Administrative Law Act");

    public LicenceKind {
        if (code == null || !code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A licence kind code is two capital letters, not " + code);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(minimumAges, "minimumAges");
        Terms.requirePositive(decisionTerm, "decisionTerm");
        Terms.requirePositive(decisionTermExtension, "decisionTermExtension");
        Terms.requirePositive(validity, "validity");
        Terms.requirePositive(renewalLeadTime, "renewalLeadTime");
        if (Terms.BY_LENGTH.compare(renewalLeadTime, validity) >= 0) {
            throw new IllegalArgumentException("The renewal lead time of " + code + " must be shorter than its validity");
        }
        caps = caps == null ? List.of() : List.copyOf(caps);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        if (fee != null && fee.signum() < 0) {
            throw new IllegalArgumentException("The fee of " + code + " cannot be negative");
        }
    }

    /** A kind as versions before issue 17 describe it: no legal basis and no fee for the letters. */
    public LicenceKind(String code, LocalizedText name, LocalizedText description, boolean premises,
            Period decisionTerm, Period decisionTermExtension, Period validity, Period renewalLeadTime,
            MinimumAges minimumAges, List<LicenceCap> caps, List<LicenceCondition> conditions) {
        this(code, name, description, premises, decisionTerm, decisionTermExtension, validity, renewalLeadTime,
                minimumAges, caps, conditions, null, null);
    }

    public Optional<LicenceCap> cap(MunicipalityCode municipality) {
        return caps.stream().filter(c -> c.municipality().equals(municipality)).findFirst();
    }

    public Optional<LicenceCondition> condition(String conditionCode) {
        return conditions.stream().filter(c -> c.code().equals(conditionCode)).findFirst();
    }

    /** The decision term including its extension: the latest a decision may take (Bibob suspension aside). */
    public Period decisionTermWithExtension() {
        return decisionTerm.plus(decisionTermExtension);
    }
}
