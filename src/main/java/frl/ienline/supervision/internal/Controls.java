package frl.ienline.supervision.internal;

import frl.ienline.register.LicensedBusiness;
import frl.ienline.register.LicensedBusinesses;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NotFound;
import frl.ienline.signals.ControlHandOff;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalIntake;
import frl.ienline.signals.SignalReference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Controls: planning (date and time, location, at least two team members or a recorded reason, a care
 * worker optionally invited), the structured report that locks when finished, addenda, and the hand-off of
 * a report with trafficking indicators to signals in one step (ids and codes only cross).
 */
@Service
public class Controls {

    /** A planning request as the form sends it. */
    public record Plan(ControlKind kind, LocalDate date, LocalTime time, String location, LocationType locationType,
            String municipality, List<String> members, String fewerMembersReason, boolean careWorkerInvited,
            String licenceNumber) {
    }

    /** What the control page shows. */
    public record View(Rows.Control control, Rows.Case caseFile, List<Rows.Addendum> addenda, Rows.Handoff handoff,
            Map<String, String> members, boolean team) {
    }

    public static final int MINIMUM_MEMBERS = 2;

    private final CaseStore caseStore;
    private final ControlStore controlStore;
    private final TeamStore team;
    private final SupervisionAccess access;
    private final CaseFiles cases;
    private final LicensedBusinesses licences;
    private final SignalIntake signals;
    private final Clock clock;

    private final ApplicationEventPublisher events;
    private final LeadStore leads;

    Controls(CaseStore caseStore, ControlStore controlStore, TeamStore team, SupervisionAccess access, CaseFiles cases,
            LicensedBusinesses licences, SignalIntake signals, LeadStore leads, ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.leads = leads;
        this.caseStore = caseStore;
        this.controlStore = controlStore;
        this.team = team;
        this.access = access;
        this.cases = cases;
        this.licences = licences;
        this.signals = signals;
        this.clock = clock;
    }

    /** True when the plan needs a reason because fewer than two team members go. */
    public static boolean tooFewMembers(List<String> members) {
        return members == null || new LinkedHashSet<>(members).size() < MINIMUM_MEMBERS;
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public UUID plan(UUID caseId, Plan plan) {
        Actor actor = access.team(Action.CREATE, SupervisionAccess.CONTROL, null, "supervision-control-plan");
        Rows.Case caseFile = cases.inMandate(actor, caseId, Action.CHANGE, "supervision-control-plan");
        if (!caseFile.open()) {
            throw InputRejected.of("case", "supervision.error.caseClosed");
        }
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (plan.kind() == null) {
            problems.add(new InputRejected.Problem("kind", "supervision.error.required"));
        }
        if (plan.date() == null) {
            problems.add(new InputRejected.Problem("date", "supervision.error.required"));
        }
        if (plan.time() == null) {
            problems.add(new InputRejected.Problem("time", "supervision.error.required"));
        }
        if (plan.locationType() == null) {
            problems.add(new InputRejected.Problem("locationType", "supervision.error.required"));
        }
        String location = null;
        try {
            location = Inputs.required(plan.location(), "location", 300);
        } catch (InputRejected e) {
            problems.addAll(e.problems());
        }
        MunicipalityCode municipality = null;
        try {
            municipality = MunicipalityCode.of(plan.municipality());
            if (!access.inMandate(actor, municipality)) {
                problems.add(new InputRejected.Problem("municipality", "supervision.error.outsideMandate"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new InputRejected.Problem("municipality", "supervision.error.municipality"));
        }
        Map<String, String> known = team.teamMembers();
        List<String> members = plan.members() == null ? List.of()
                : plan.members().stream().filter(Objects::nonNull).map(String::strip).filter(m -> !m.isEmpty())
                        .distinct().toList();
        if (members.isEmpty() || !known.keySet().containsAll(members)) {
            problems.add(new InputRejected.Problem("members", "supervision.error.member"));
        }
        String fewerReason = null;
        try {
            fewerReason = Inputs.optional(plan.fewerMembersReason(), "fewerMembersReason", 1000);
        } catch (InputRejected e) {
            problems.addAll(e.problems());
        }
        if (tooFewMembers(members) && (fewerReason == null || fewerReason.length() < 10)) {
            problems.add(new InputRejected.Problem("fewerMembersReason", "supervision.error.fewerMembers"));
        }
        List<String> checklist = List.of();
        String licenceNumber = null;
        if (plan.kind() == ControlKind.LICENSED_BUSINESS_INSPECTION) {
            LicensedBusiness business = licences.byNumber(plan.licenceNumber()).orElse(null);
            if (business == null) {
                problems.add(new InputRejected.Problem("licenceNumber", "supervision.error.licenceUnknown"));
            } else {
                licenceNumber = business.licenceNumber();
                checklist = business.conditions();
                caseStore.addBusiness(caseId, business.licenceNumber(), business.licenceId(), business.municipality(),
                        business.businessName(), clock.instant());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        Instant at = plan.date().atTime(plan.time()).atZone(zone()).toInstant();
        UUID id = UUID.randomUUID();
        controlStore.insertControl(id, caseId, plan.kind(), municipality, at, location, plan.locationType().name(), members,
                tooFewMembers(members) ? fewerReason : null, plan.careWorkerInvited(), licenceNumber, checklist,
                actor.username());
        access.allowed(Action.CREATE, SupervisionAccess.CONTROL, id, caseFile.reference(), "supervision-control-plan");
        return id;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** A control for the team within the mandate, or for a licensing officer: a licensed inspection of their own. */
    private Rows.Control readable(Actor actor, UUID id, Action action, String purpose) {
        Rows.Control control = controlStore.control(id).orElseThrow(() -> access.notFound(action, SupervisionAccess.CONTROL, id,
                purpose));
        boolean team = SupervisionAccess.isTeam(actor) && access.inMandate(actor, control.municipality())
                && caseStore.caseFile(control.caseId(), access.mandateScope(actor)).isPresent();
        boolean officer = SupervisionAccess.isLicensingOfficer(actor)
                && control.kind() == ControlKind.LICENSED_BUSINESS_INSPECTION
                && actor.scope().covers(control.municipality());
        if (!team && !officer) {
            throw access.notFound(action, SupervisionAccess.CONTROL, id, purpose);
        }
        return control;
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public View view(UUID id) {
        Actor actor = frl.ienline.shared.CurrentActor.require();
        if (!SupervisionAccess.isTeam(actor) && !SupervisionAccess.isLicensingOfficer(actor)) {
            access.team(Action.VIEW, SupervisionAccess.CONTROL, id, "supervision-control");
        }
        Rows.Control control = readable(actor, id, Action.VIEW, "supervision-control");
        Rows.Case caseFile = caseStore.caseFileAnyScope(control.caseId()).orElseThrow();
        boolean isTeam = SupervisionAccess.isTeam(actor);
        View view = new View(control, caseFile, controlStore.addenda(id), controlStore.handoff(id).orElse(null),
                isTeam ? team.teamMembers() : Map.of(), isTeam);
        access.allowed(Action.VIEW, SupervisionAccess.CONTROL, id, caseFile.reference(), "supervision-control",
                caseFile.municipality());
        return view;
    }

    /** Finishes the report; from then on it is locked and corrections are addenda. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public void report(UUID id, Report report) {
        Actor actor = access.team(Action.CHANGE, SupervisionAccess.CONTROL, id, "supervision-control-report");
        Rows.Control row = readable(actor, id, Action.CHANGE, "supervision-control-report");
        Control control = Control.of(row);
        control.report(report, leads.firstLeadAt(row.caseId()).orElse(null));
        if (controlStore.report(id, report, actor.username(), clock.instant()) != 1) {
            throw InputRejected.of("report", "supervision.error.reportLocked");
        }
        control.takeEvents().forEach(events::publishEvent);
        access.allowed(Action.CHANGE, SupervisionAccess.CONTROL, id, null, "supervision-control-report");
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public void addendum(UUID id, String text) {
        Actor actor = access.team(Action.CHANGE, SupervisionAccess.CONTROL, id, "supervision-control-addendum");
        Control.of(readable(actor, id, Action.CHANGE, "supervision-control-addendum")).requireReportedForAddendum();
        controlStore.addAddendum(id, Inputs.required(text, "addendum", 4000), actor.username(), clock.instant());
        access.allowed(Action.CHANGE, SupervisionAccess.CONTROL, id, null, "supervision-control-addendum");
    }

    /**
     * Registers a signal from a report with trafficking indicators, in one step: the control's id, place,
     * date, indicator codes and the ids of the case, its ads, networks and businesses cross — nothing else.
     */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public SignalReference handOff(UUID id) {
        Actor actor = access.team(Action.EXPORT, SupervisionAccess.CONTROL, id, "supervision-signal-handoff");
        Rows.Control control = readable(actor, id, Action.EXPORT, "supervision-signal-handoff");
        if (!control.reported() || !control.report().hasIndicators()) {
            throw InputRejected.of("indicators", "supervision.error.noIndicators");
        }
        if (controlStore.handoff(id).isPresent()) {
            throw InputRejected.of("signal", "supervision.error.alreadyHandedOff");
        }
        List<Rows.CaseAd> ads = caseStore.ads(control.caseId());
        List<String> adIds = ads.stream().map(Rows.CaseAd::adId).distinct().toList();
        List<String> networkIds = ads.stream().map(Rows.CaseAd::networkId).filter(Objects::nonNull).distinct().toList();
        List<String> businessIds = caseStore.businesses(control.caseId()).stream()
                .map(b -> b.licenceId().toString()).toList();
        List<String> caseIds = List.of(control.caseId().toString());
        ControlHandOff handOff = new ControlHandOff(id.toString(), control.municipality(),
                LocationType.valueOf(control.locationType()), control.plannedAt().atZone(zone()).toLocalDate(),
                control.report().indicators(), adIds, networkIds, caseIds, businessIds);
        SignalReference reference = signals.registerFromControl(handOff);
        controlStore.insertHandoff(id, reference.value(), control.report().sortedIndicators().stream().map(Enum::name).toList(),
                adIds, networkIds, caseIds, businessIds, actor.username(), clock.instant());
        access.allowed(Action.EXPORT, SupervisionAccess.CONTROL, id, reference.value(), "supervision-signal-handoff");
        return reference;
    }

    /** Licensing officers: the inspections of licensed businesses in their own municipalities. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public List<Rows.Control> licensedInspections() {
        Actor actor = access.licensingOfficer(Action.SEARCH, SupervisionAccess.CONTROL, null,
                "supervision-licensed-inspections");
        List<Rows.Control> controls = controlStore.licensedInspections(actor.scope().municipalityValues());
        access.allowed(Action.SEARCH, SupervisionAccess.CONTROL, null, null, "supervision-licensed-inspections");
        return controls;
    }
}
