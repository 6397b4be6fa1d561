package frl.ienline.supervision.internal;

import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import frl.ienline.shared.AccessRefused;
import org.springframework.stereotype.Component;

/**
 * Who may do what in supervision, and the access log of it. The team (inspectors, coordinators) works
 * within the mandate: its scope intersected with the municipalities participating today. Licensing
 * officers see the inspections of licensed businesses and the notifications of their own municipality,
 * never the team's worklist. Every answer, yes or no, is logged.
 */
@Component
public class SupervisionAccess {

    public static final String LEAD = "supervision-lead";
    public static final String CASE = "supervision-case";
    public static final String CONTROL = "supervision-control";
    public static final String PERSON = "supervision-person";
    public static final String ACTION = "enforcement-action";
    public static final String NOTIFICATION = "supervision-notification";

    public static final Set<Role> TEAM = EnumSet.of(Role.INSPECTOR, Role.TEAM_COORDINATOR);
    /** Who works cases and the enforcement ladder: the team, and a municipality's own enforcement officer. */
    public static final Set<Role> CASE_WORKERS = EnumSet.of(Role.INSPECTOR, Role.TEAM_COORDINATOR,
            Role.MUNICIPAL_ENFORCEMENT_OFFICER);

    private final AccessRecorder recorder;
    private final TeamStore team;
    private final Mandate mandate;
    private final Clock clock;

    SupervisionAccess(AccessRecorder recorder, TeamStore team, Rulebook rulebook, Clock clock) {
        this.recorder = recorder;
        this.team = team;
        this.mandate = Mandate.of(rulebook);
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Mandate mandate() {
        return mandate;
    }

    public static boolean isTeam(Actor actor) {
        return actor.scope().isEnforcement() && TEAM.stream().anyMatch(actor::hasRole);
    }

    /** A municipality's own enforcement officer (outside the team): the same ladder in their own municipality. */
    public static boolean isMunicipalOfficer(Actor actor) {
        return actor.scope().isEnforcement() && actor.hasRole(Role.MUNICIPAL_ENFORCEMENT_OFFICER) && !isTeam(actor);
    }

    public static boolean isLicensingOfficer(Actor actor) {
        return actor.scope().isEnforcement() && actor.hasRole(Role.LICENSING_OFFICER);
    }

    /** The signed-in team member, or a logged refusal ({@link AccessRefused}: logged once, answered 403). */
    public Actor team(Action action, String objectType, Object id, String purpose) {
        Actor actor = CurrentActor.require();
        if (!isTeam(actor)) {
            recorder.denied(action, objectType, id, purpose);
            throw new AccessRefused("Supervision is for the supervision team");
        }
        team.seen(actor.username(), actor.displayName(), clock.instant());
        return actor;
    }

    /**
     * The signed-in team member or municipal enforcement officer (cases and the ladder), or a logged refusal.
     */
    public Actor caseWorker(Action action, String objectType, Object id, String purpose) {
        Actor actor = CurrentActor.require();
        if (isTeam(actor)) {
            team.seen(actor.username(), actor.displayName(), clock.instant());
            return actor;
        }
        if (!isMunicipalOfficer(actor)) {
            recorder.denied(action, objectType, id, purpose);
            throw new AccessRefused("Cases and enforcement are for the supervision team and enforcement officers");
        }
        return actor;
    }

    /**
     * Where a case worker works today: the team within the mandate; a municipality's own enforcement officer in
     * their own municipalities that are outside the mandate today (inside it, the team works).
     */
    public String[] caseScope(Actor actor) {
        if (isTeam(actor)) {
            return mandateScope(actor);
        }
        java.util.Set<MunicipalityCode> participants = mandate.participantsOn(today());
        return actor.scope().asSet().stream().filter(m -> !participants.contains(m)).sorted()
                .map(MunicipalityCode::value).toArray(String[]::new);
    }

    /** The signed-in coordinator, or a logged refusal ({@link AccessRefused}: logged once, answered 403). */
    public Actor coordinator(Action action, String objectType, Object id, String purpose) {
        Actor actor = team(action, objectType, id, purpose);
        if (!actor.hasRole(Role.TEAM_COORDINATOR)) {
            recorder.denied(action, objectType, id, purpose);
            throw new AccessRefused("For the team coordinator");
        }
        return actor;
    }

    /** The signed-in licensing officer, or a logged refusal ({@link AccessRefused}: logged once, answered 403). */
    public Actor licensingOfficer(Action action, String objectType, Object id, String purpose) {
        Actor actor = CurrentActor.require();
        if (!isLicensingOfficer(actor)) {
            recorder.denied(action, objectType, id, purpose);
            throw new AccessRefused("For licensing officers");
        }
        return actor;
    }

    /**
     * A municipality's own contact for what the team routes to it: its licensing officers and its own enforcement
     * officers; or a logged refusal.
     */
    public Actor municipalContact(Action action, String objectType, Object id, String purpose) {
        Actor actor = CurrentActor.require();
        if (!isLicensingOfficer(actor) && !isMunicipalOfficer(actor)) {
            recorder.denied(action, objectType, id, purpose);
            throw new AccessRefused("For the municipality's own officers");
        }
        return actor;
    }

    /** The municipalities the team member works today: their scope within the mandate. */
    public String[] mandateScope(Actor actor) {
        return mandate.within(actor.scope().asSet(), today()).stream().map(MunicipalityCode::value)
                .toArray(String[]::new);
    }

    public boolean inMandate(Actor actor, MunicipalityCode municipality) {
        return actor.scope().covers(municipality) && mandate.covers(municipality, today());
    }

    /** A logged 404: the record does not exist or lies outside the actor's mandate. */
    public NotFound notFound(Action action, String objectType, Object id, String purpose) {
        recorder.denied(action, objectType, id, purpose);
        return new NotFound(objectType);
    }

    public void allowed(Action action, String objectType, Object id, String subject, String purpose) {
        recorder.allowed(action, objectType, id, subject, purpose);
    }

    /** An access to a record of {@code municipality}: that municipality's privacy officer sees it (review M10). */
    public void allowed(Action action, String objectType, Object id, String subject, String purpose,
            MunicipalityCode municipality) {
        recorder.record(action, objectType, id, subject, purpose, frl.ienline.shared.AccessEvent.Result.ALLOWED,
                municipality);
    }
}
