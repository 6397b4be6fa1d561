package frl.ienline.signals.internal;

import frl.ienline.shared.Actor;
import frl.ienline.shared.Compartment;
import frl.ienline.shared.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who asks, reduced to what the visibility rule needs (R6): the organisation, whether the actor holds the
 * triage role and the municipalities of their scope. {@link #filter()} is the rule itself, in SQL.
 */
public record Viewer(Actor actor, String organisation, boolean triage, String[] municipalities) {

    /** Roles that may register signals: staff of the partner organisations on the enforcement side. */
    public static final Set<Role> INTAKE_ROLES = EnumSet.of(Role.LICENSING_OFFICER, Role.INSPECTOR,
            Role.TEAM_COORDINATOR, Role.RIEC_ANALYST, Role.POLICE_LIAISON);
    /** The triage role of a region (the signal coordinator): team coordinators and RIEC analysts. */
    public static final Set<Role> TRIAGE_ROLES = EnumSet.of(Role.TEAM_COORDINATOR, Role.RIEC_ANALYST);

    /** The rows a viewer may see at all: registered by their organisation, in their triage scope, or shared with them. */
    static final String VISIBLE = """
            (s.registered_by_org = :org
             OR (:triage AND (s.municipality IS NULL OR s.municipality = ANY(:municipalities)))
             OR EXISTS (SELECT 1 FROM signals.share v WHERE v.signal_id = s.id AND v.recipient_org = :org))""";
    /** The rows a viewer sees in full; the others only in the fields shared with their organisation. */
    static final String FULL = """
            (s.registered_by_org IS NOT DISTINCT FROM :org
             OR (:triage AND (s.municipality IS NULL OR s.municipality = ANY(:municipalities))))""";

    /** Whether the actor may use the signals module at all: never a care role, never without an intake role. */
    public static boolean mayUseSignals(Actor actor) {
        boolean care = actor.scope().isCare() || actor.roles().stream().anyMatch(r -> r.compartment() == Compartment.CARE);
        return !care && actor.roles().stream().anyMatch(INTAKE_ROLES::contains);
    }

    static Viewer of(Actor actor) {
        return new Viewer(actor, actor.organisationCode(), actor.roles().stream().anyMatch(TRIAGE_ROLES::contains),
                actor.scope().municipalityValues());
    }

    Map<String, Object> params() {
        return Map.of("org", organisation, "triage", triage, "municipalities", municipalities);
    }
}
