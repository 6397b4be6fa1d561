package frl.ienline.support.internal;

import java.time.Period;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY: fixed values until the rulebook module's API is on main; then this is replaced by an
 * adapter that reads the active rulebook version (see ADR 0007). The values follow domain.md §3–4.
 */
@Component
class TemporaryPortalFacts implements PortalFacts {

    @Override
    public int minimumAge() {
        return 21;
    }

    @Override
    public List<Fact> licensedWork() {
        return List.of(new Fact("Werken in of voor een seksinrichting (club, privéhuis, massagesalon, raamprostitutie)",
                        "Working in or for a sex establishment (club, private house, massage salon, window)"),
                new Fact("Een escortbedrijf (bemiddeling)", "An escort business (mediation)"));
    }

    @Override
    public List<Fact> unlicensedWork() {
        return List.of(new Fact("Alleen en zelfstandig thuis werken", "Working alone and independently from home"));
    }

    @Override
    public List<Fact> enforcementLadder() {
        return List.of(new Fact("Waarschuwing", "Warning"),
                new Fact("Voornemen tot handhaving (u mag uw zienswijze geven)", "Intent to enforce (you may give your view)"),
                new Fact("Last onder dwangsom", "Penalty order"),
                new Fact("Invordering van de dwangsom", "Collection of the penalty"));
    }

    @Override
    public Period alertRetention() {
        return Period.ofMonths(12);
    }

    @Override
    public java.util.Map<String, String> municipalities() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        String[][] all = {{"GM0059", "Achtkarspelen"}, {"GM0060", "Ameland"}, {"GM1891", "Dantumadiel"},
                {"GM1940", "De Fryske Marren"}, {"GM0072", "Harlingen"}, {"GM0074", "Heerenveen"},
                {"GM0080", "Leeuwarden"}, {"GM1970", "Noardeast-Fryslân"}, {"GM0085", "Ooststellingwerf"},
                {"GM0086", "Opsterland"}, {"GM0088", "Schiermonnikoog"}, {"GM0090", "Smallingerland"},
                {"GM1900", "Súdwest-Fryslân"}, {"GM0093", "Terschelling"}, {"GM0737", "Tytsjerksteradiel"},
                {"GM0096", "Vlieland"}, {"GM1949", "Waadhoeke"}, {"GM0098", "Weststellingwerf"}};
        for (String[] row : all) {
            m.put(row[0], row[1]);
        }
        return m;
    }

    @Override
    public String rulebookVersion() {
        return "tijdelijk (regelset nog niet gekoppeld)";
    }
}
