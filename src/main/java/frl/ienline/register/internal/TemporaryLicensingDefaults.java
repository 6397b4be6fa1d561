package frl.ienline.register.internal;

import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY: the rulebook values the register needs, hard-coded until the rulebook module lands on main.
 * Then an adapter over {@code frl.ienline.rulebook.Rulebook} replaces this class and it is deleted; the
 * register has no rulebook of its own. Values follow docs/domain §3 (Leeuwarden's APV as the example).
 */
@Component
class TemporaryLicensingDefaults implements LicensingRules {

    static final String VERSION = "voorlopig-register-0";

    private static final SortedMap<MunicipalityCode, String> MUNICIPALITIES;

    static {
        TreeMap<MunicipalityCode, String> names = new TreeMap<>();
        Map.ofEntries(Map.entry("GM0059", "Achtkarspelen"), Map.entry("GM0060", "Ameland"),
                Map.entry("GM1891", "Dantumadiel"), Map.entry("GM1940", "De Fryske Marren"),
                Map.entry("GM0072", "Harlingen"), Map.entry("GM0074", "Heerenveen"), Map.entry("GM0080", "Leeuwarden"),
                Map.entry("GM1970", "Noardeast-Fryslân"), Map.entry("GM0085", "Ooststellingwerf"),
                Map.entry("GM0086", "Opsterland"), Map.entry("GM0088", "Schiermonnikoog"),
                Map.entry("GM0090", "Smallingerland"), Map.entry("GM1900", "Súdwest-Fryslân"),
                Map.entry("GM0093", "Terschelling"), Map.entry("GM0737", "Tytsjerksteradiel"),
                Map.entry("GM0096", "Vlieland"), Map.entry("GM1949", "Waadhoeke"), Map.entry("GM0098", "Weststellingwerf"))
                .forEach((code, name) -> names.put(MunicipalityCode.of(code), name));
        MUNICIPALITIES = Collections.unmodifiableSortedMap(names);
    }

    private static final Pattern NUMBER = Pattern.compile("FRL-\\d{4}-(PB|EB|OE)-\\d{4}");

    @Override
    public KindTerms kind(LicenceKind kind, LocalDate on) {
        List<String> conditions = switch (kind) {
            case PB -> List.of("De beheerder is tijdens de openingstijden aanwezig.",
                    "Het bedrijf houdt een actueel overzicht bij van wie er werken, op te vragen door de toezichthouder.",
                    "Het vergunningnummer staat in elke advertentie.");
            case EB -> List.of("Het bedrijf is tijdens de openingstijden telefonisch bereikbaar op het geregistreerde nummer.",
                    "Het vergunningnummer staat in elke advertentie.");
            case OE -> List.of("De beheerder is tijdens de openingstijden aanwezig.",
                    "Het vergunningnummer staat in elke advertentie.");
        };
        Period validity = kind == LicenceKind.EB ? Period.ofYears(1) : Period.ofYears(3);
        return new KindTerms(kind, 56, 56, validity, 84, 21, 21, conditions, VERSION);
    }

    @Override
    public ProcedureTerms procedure(LocalDate on) {
        return new ProcedureTerms(56, 28, 42, 28, 5, VERSION);
    }

    @Override
    public Optional<MunicipalityCap> cap(MunicipalityCode municipality, LicenceKind kind, LocalDate on) {
        if (kind == LicenceKind.PB && municipality.value().equals("GM1900")) {
            return Optional.of(new MunicipalityCap(1, null));
        }
        if (kind == LicenceKind.PB && municipality.value().equals("GM0080")) {
            return Optional.of(new MunicipalityCap(null, 132));
        }
        return Optional.empty();
    }

    @Override
    public String versionId(LocalDate on) {
        return VERSION;
    }

    @Override
    public SortedMap<MunicipalityCode, String> municipalities() {
        return MUNICIPALITIES;
    }

    @Override
    public String licenceNumber(MunicipalityCode municipality, LicenceKind kind, int sequence) {
        if (sequence < 1 || sequence > 9999) {
            throw new IllegalArgumentException("Licence sequence out of range: " + sequence);
        }
        return "FRL-" + municipality.value().substring(2) + "-" + kind.code() + "-" + String.format("%04d", sequence);
    }

    @Override
    public Pattern licenceNumberPattern() {
        return NUMBER;
    }
}
