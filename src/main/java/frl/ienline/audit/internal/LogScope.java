package frl.ienline.audit.internal;

import frl.ienline.shared.Actor;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which entries of the access log an auditor may read (review M10, need-to-know). A regional auditor:
 * all. A privacy officer: every entry by someone of their own organisation, and every entry about a record
 * of their municipality — their organisation's own code when it is a municipality, and the municipalities
 * of their access scope. Going into every query, not only into the screens.
 *
 * @param regional       whether every entry is readable
 * @param organisation   the officer's organisation code
 * @param municipalities the municipalities whose records' entries are readable
 */
public record LogScope(boolean regional, String organisation, String[] municipalities) {

    public static LogScope of(Actor actor) {
        if (actor.hasRole(Role.REGIONAL_AUDITOR)) {
            return new LogScope(true, actor.organisationCode(), new String[0]);
        }
        TreeSet<String> municipalities = new TreeSet<>(actor.scope().asSet().stream().map(MunicipalityCode::value).toList());
        if (actor.organisationCode() != null && actor.organisationCode().matches("GM\\d{4}")) {
            municipalities.add(actor.organisationCode());
        }
        return new LogScope(false, actor.organisationCode(), municipalities.toArray(String[]::new));
    }

    /** The SQL condition (empty for the regional view) and its parameters, to AND into a query. */
    String condition(Map<String, Object> params) {
        if (regional) {
            return "TRUE";
        }
        params.put("scopeOrganisation", organisation == null ? "" : organisation);
        params.put("scopeMunicipalities", municipalities);
        return "(actor_organisation = :scopeOrganisation OR municipality = ANY(:scopeMunicipalities))";
    }
}
