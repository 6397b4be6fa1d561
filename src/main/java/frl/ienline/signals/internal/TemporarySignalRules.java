package frl.ienline.signals.internal;

import frl.ienline.shared.MunicipalityCode;
import java.time.Period;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY defaults until the rulebook module is on main; replaced by an adapter over
 * {@code frl.ienline.rulebook.Rulebook} (see ADR 0009).
 */
@Component
class TemporarySignalRules implements SignalRules {

    private static final List<LegalBasis> BASES = List.of(
            new LegalBasis("WGS", "Wet gegevensverwerking door samenwerkingsverbanden (WGS) — RIEC"),
            new LegalBasis("CONSENT", "Toestemming van de betrokkene (AVG art. 6 lid 1 a, art. 9 lid 2 a)"),
            new LegalBasis("POLICE_ACT", "Politiewet / Wet politiegegevens — melding aan de politie"),
            new LegalBasis("PUBLIC_TASK", "Wettelijke taak gemeente (AVG art. 6 lid 1 e, APV)"),
            new LegalBasis("VITAL_INTEREST", "Vitaal belang van de betrokkene (AVG art. 6 lid 1 d)"));

    private static final List<Municipality> MUNICIPALITIES = List.of(
            m("GM0059", "Achtkarspelen"), m("GM0060", "Ameland"), m("GM1891", "Dantumadiel"),
            m("GM1940", "De Fryske Marren"), m("GM0072", "Harlingen"), m("GM0074", "Heerenveen"),
            m("GM0080", "Leeuwarden"), m("GM1970", "Noardeast-Fryslân"), m("GM0085", "Ooststellingwerf"),
            m("GM0086", "Opsterland"), m("GM0088", "Schiermonnikoog"), m("GM0090", "Smallingerland"),
            m("GM1900", "Súdwest-Fryslân"), m("GM0093", "Terschelling"), m("GM0737", "Tytsjerksteradiel"),
            m("GM0096", "Vlieland"), m("GM1949", "Waadhoeke"), m("GM0098", "Weststellingwerf"));

    @Override
    public List<LegalBasis> legalBases() {
        return BASES;
    }

    @Override
    public Period retention(Outcome outcome) {
        return outcome == Outcome.SUBSTANTIATED ? Period.ofYears(5) : Period.ofYears(1);
    }

    @Override
    public List<Municipality> municipalities() {
        return MUNICIPALITIES;
    }

    private static Municipality m(String code, String name) {
        return new Municipality(MunicipalityCode.of(code), name);
    }
}
