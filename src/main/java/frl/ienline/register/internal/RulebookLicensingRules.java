package frl.ienline.register.internal;

import frl.ienline.rulebook.LetterRules;
import frl.ienline.rulebook.LicenceCondition;
import frl.ienline.rulebook.LicenceNumberMatch;
import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.RetentionCategory;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The register's view of the regional rulebook: an adapter over {@link Rulebook} that answers in the
 * register's terms (calendar days, the register's licence kinds). The version in force on the date asked
 * for applies; for a date before the first version (older files) the first version's rules are used.
 */
@Component
class RulebookLicensingRules implements LicensingRules {

    private final Rulebook rulebook;

    RulebookLicensingRules(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    @Override
    public KindTerms kind(LicenceKind kind, LocalDate on) {
        RulebookVersion version = versionOn(on);
        frl.ienline.rulebook.LicenceKind k = version.licenceKind(kind.code()).orElseThrow(
                () -> new IllegalStateException("Rulebook " + version.id() + " has no licence kind " + kind.code()));
        LocalDate validUntil = on.plus(k.validity());
        return new KindTerms(kind, days(on, k.decisionTerm()), days(on, k.decisionTermExtension()), k.validity(),
                (int) ChronoUnit.DAYS.between(validUntil.minus(k.renewalLeadTime()), validUntil),
                k.minimumAges().operator(), k.minimumAges().manager(),
                k.conditions().stream().map(RulebookLicensingRules::condition).toList(), version.id());
    }

    @Override
    public ProcedureTerms procedure(LocalDate on) {
        RulebookVersion version = versionOn(on);
        frl.ienline.rulebook.ProcedureTerms p = version.procedure();
        return new ProcedureTerms(days(on, p.bibobAdviceTerm()), days(on, p.bibobAdviceExtension()),
                days(on, p.objectionPeriod()), days(on, p.repairTerm()), p.lookBack(), p.weekendMovesDeadline(),
                version.id());
    }

    @Override
    public Optional<MunicipalityCap> cap(MunicipalityCode municipality, LicenceKind kind, LocalDate on) {
        return versionOn(on).licenceKind(kind.code()).flatMap(k -> k.cap(municipality))
                .map(c -> new MunicipalityCap(c.maxLicences(), c.maxWorkrooms()));
    }

    @Override
    public Period refusedApplicationRetention(LocalDate on) {
        return versionOn(on).retention(RetentionCategory.LICENCE_APPLICATION_REFUSED).period();
    }

    @Override
    public Period endedLicenceRetention(LocalDate on) {
        return versionOn(on).retention(RetentionCategory.LICENCE_ENDED).period();
    }

    @Override
    public String versionId(LocalDate on) {
        return versionOn(on).id();
    }

    /** Names per rulebook version, built once: the public register asks for them on every request. */
    private record Names(String versionId, SortedMap<MunicipalityCode, String> names) {
    }

    private volatile Names names = new Names("", Collections.emptySortedMap());

    @Override
    public SortedMap<MunicipalityCode, String> municipalities() {
        RulebookVersion active = rulebook.active();
        Names current = names;
        if (!current.versionId().equals(active.id())) {
            TreeMap<MunicipalityCode, String> map = new TreeMap<>();
            for (Municipality m : active.municipalities()) {
                map.put(m.code(), m.name());
            }
            current = new Names(active.id(), Collections.unmodifiableSortedMap(map));
            names = current;
        }
        return current.names();
    }

    @Override
    public String licenceNumber(MunicipalityCode municipality, LicenceKind kind, int sequence) {
        return rulebook.active().licenceNumberFormat().format(municipality, kind.code(), sequence);
    }

    @Override
    public Optional<String> canonicalLicenceNumber(String text) {
        return rulebook.active().licenceNumberFormat().parse(text).map(LicenceNumberMatch::number);
    }

    @Override
    public LetterFacts letterFacts(MunicipalityCode municipality, LicenceKind kind, LocalDate on) {
        RulebookVersion version = versionOn(on);
        frl.ienline.rulebook.LicenceKind terms = version.licenceKind(kind.code()).orElseThrow();
        String body = version.municipality(municipality).map(Municipality::competentAuthority)
                .map(a -> a == frl.ienline.rulebook.CompetentAuthority.BURGEMEESTER ? "de burgemeester"
                        : "het college van burgemeester en wethouders")
                .orElse("het college van burgemeester en wethouders");
        String basis = terms.legalBasis() != null ? terms.legalBasis().nl()
                : frl.ienline.rulebook.LicenceKind.FALLBACK_LEGAL_BASIS.nl();
        LetterRules letters = version.letterRules().orElse(LetterRules.FALLBACK);
        return new LetterFacts(basis, terms.fee(), body, letters.signatory().nl(), version.procedure().objectionPeriod());
    }

    @Override
    public boolean decisionNeedsSecondOfficer(LocalDate on) {
        return versionOn(on).fourEyes().licenceDecision();
    }

    /** A standard condition as proposed to the officer: its code (for the inspection checklist) and Dutch text. */
    private static String condition(LicenceCondition condition) {
        return condition.code() + ": " + condition.text().nl();
    }

    private RulebookVersion versionOn(LocalDate on) {
        try {
            return rulebook.activeOn(on);
        } catch (IllegalArgumentException beforeTheFirstVersion) {
            return rulebook.versions().getFirst();
        }
    }

    private static int days(LocalDate from, Period period) {
        return (int) ChronoUnit.DAYS.between(from, from.plus(period));
    }
}
