package frl.ienline.supervision.internal;

import frl.ienline.rulebook.DismissalReason;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's worklist: leads within the mandate ranked by their explainable score, counts of the leads
 * outside it, triage (dismiss with a rulebook reason, open a case, merge into a case), assignment, bulk
 * actions, saved filters and the coordinator's view of the team's load.
 */
@Service
public class Worklist {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PAGE = 300;

    /** What the worklist page shows. */
    public record View(List<Rows.Lead> leads, Map<MunicipalityCode, Integer> outsideMandate,
            List<MunicipalityCode> mandate, List<Rows.SavedFilter> savedFilters, Map<String, String> members,
            List<Rows.Case> openCases, int alerts) {
    }

    private final SupervisionStore store;
    private final SupervisionAccess access;
    private final Rulebook rulebook;
    private final MunicipalityNotifications notifications;
    private final Displacements displacements;
    private final CaseAdHolds holds;
    private final Clock clock;

    Worklist(SupervisionStore store, SupervisionAccess access, Rulebook rulebook,
            MunicipalityNotifications notifications, Displacements displacements,
            CaseAdHolds holds, Clock clock) {
        this.holds = holds;
        this.store = store;
        this.access = access;
        this.rulebook = rulebook;
        this.notifications = notifications;
        this.displacements = displacements;
        this.clock = clock;
    }

    static String newReference() {
        StringBuilder reference = new StringBuilder("TZ-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public View view(LeadFilter filter) {
        Actor actor = access.team(Action.SEARCH, SupervisionAccess.LEAD, null, "supervision-worklist");
        String[] scope = access.mandateScope(actor);
        List<Rows.Lead> leads = store.leads(scope, filter, PAGE);
        access.allowed(Action.SEARCH, SupervisionAccess.LEAD, null, null, "supervision-worklist");
        return new View(leads, store.openLeadCountsOutside(scope),
                java.util.Arrays.stream(scope).map(MunicipalityCode::of).toList(), store.filters(actor.username()),
                store.teamMembers(), store.openCases(scope), store.alertCount(scope));
    }

    /** The intake form is guarded like the intake (D13): the team, or a logged refusal. */
    public void checkMayCreate() {
        access.team(Action.CREATE, SupervisionAccess.LEAD, null, "supervision-lead-intake");
    }

    /** Every change is the team's: asked before the web layer reads the input (D12). */
    public void checkTeam() {
        access.team(Action.CHANGE, "supervision", null, "supervision");
    }

    /** A lead from outside: a tip, a signal or a municipality's request. Outside the mandate it is routed. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public UUID createExternal(LeadSource source, MunicipalityCode municipality, String summary) {
        Actor actor = access.team(Action.CREATE, SupervisionAccess.LEAD, null, "supervision-lead-intake");
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (source == null || !source.external()) {
            problems.add(new InputRejected.Problem("source", "supervision.error.required"));
        }
        if (municipality == null || rulebook.active().municipality(municipality).isEmpty()) {
            problems.add(new InputRejected.Problem("municipality", "supervision.error.required"));
        }
        String text = null;
        try {
            text = Inputs.required(summary, "summary", 4000);
        } catch (InputRejected e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        UUID id = UUID.randomUUID();
        store.insertLead(id, source, municipality, null, null, null, List.of(), List.of(), false, text,
                LeadScore.ofExternal(source), clock.instant());
        if (!access.mandate().covers(municipality, access.today())) {
            notifications.notify(municipality, MunicipalityNotifications.LEAD_OUTSIDE_MANDATE, id);
        }
        access.allowed(Action.CREATE, SupervisionAccess.LEAD, id, null, "supervision-lead-intake");
        return id;
    }

    /** One lead of the worklist, with the cases it could be merged into and the dismissal reasons. */
    public record LeadView(Rows.Lead lead, List<Rows.Case> openCases, Map<String, String> members,
            List<DismissalReason> reasons, List<Rows.Alert> alerts) {
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public LeadView lead(UUID id) {
        Actor actor = access.team(Action.VIEW, SupervisionAccess.LEAD, id, "supervision-lead");
        Rows.Lead lead = lead(actor, id, Action.VIEW, "supervision-lead");
        String[] scope = access.mandateScope(actor);
        LeadView view = new LeadView(lead, store.openCases(scope), store.teamMembers(),
                rulebook.active().dismissalReasons(),
                store.alertsAbout(scope, id));
        access.allowed(Action.VIEW, SupervisionAccess.LEAD, id, null, "supervision-lead");
        return view;
    }

    public List<DismissalReason> dismissalReasons() {
        return rulebook.active().dismissalReasons();
    }

    private Rows.Lead lead(Actor actor, UUID id, Action action, String purpose) {
        return store.lead(id, access.mandateScope(actor))
                .orElseThrow(() -> access.notFound(action, SupervisionAccess.LEAD, id, purpose));
    }

    private Rows.Lead openLead(Actor actor, UUID id, Action action, String purpose) {
        Rows.Lead lead = lead(actor, id, action, purpose);
        if (lead.state() != Rows.LeadState.OPEN) {
            throw InputRejected.of("lead", "supervision.error.leadNotOpen");
        }
        return lead;
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public void dismiss(UUID id, String reasonCode, String note) {
        Actor actor = access.team(Action.CHANGE, SupervisionAccess.LEAD, id, "supervision-triage");
        openLead(actor, id, Action.CHANGE, "supervision-triage");
        DismissalReason reason = rulebook.active().dismissalReason(reasonCode == null ? "" : reasonCode)
                .orElseThrow(() -> InputRejected.of("reason", "supervision.error.reason"));
        String text = Inputs.optional(note, "note", 2000);
        if (reason.requiresNote() && text == null) {
            throw InputRejected.of("note", "supervision.error.noteRequired");
        }
        store.dismiss(id, reason.code(), text);
        access.allowed(Action.CHANGE, SupervisionAccess.LEAD, id, null, "supervision-triage");
    }

    /** Opens a case for the lead in the lead's municipality; an ad lead brings its ad into the case. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public UUID openCase(UUID id, String title) {
        Actor actor = access.team(Action.CREATE, SupervisionAccess.CASE, null, "supervision-triage");
        Rows.Lead lead = openLead(actor, id, Action.CHANGE, "supervision-triage");
        String caseTitle = Inputs.optional(title, "title", 200);
        UUID caseId = UUID.randomUUID();
        String reference = newReference();
        store.insertCase(caseId, reference, lead.municipality(),
                caseTitle == null ? defaultTitle(lead) : caseTitle, actor.username(), clock.instant());
        attach(lead, caseId);
        access.allowed(Action.CREATE, SupervisionAccess.CASE, caseId, reference, "supervision-triage");
        return caseId;
    }

    private static String defaultTitle(Rows.Lead lead) {
        return switch (lead.source()) {
            case AD -> "Advertentie " + lead.adId();
            case TIP -> "Tip";
            case SIGNAL -> "Signaal";
            case MUNICIPALITY_REQUEST -> "Verzoek gemeente";
        };
    }

    private void attach(Rows.Lead lead, UUID caseId) {
        if (store.intoCase(lead.id(), caseId) != 1) {
            throw InputRejected.of("lead", "supervision.error.leadNotOpen");
        }
        if (lead.adId() != null) {
            store.addAd(caseId, lead.adId(), lead.networkId(), lead.municipality(), lead.identifierIndexes(),
                    clock.instant());
            holds.hold(lead.adId(), caseId);
        }
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public void merge(UUID id, UUID caseId) {
        Actor actor = access.team(Action.CHANGE, SupervisionAccess.CASE, caseId, "supervision-triage");
        Rows.Lead lead = openLead(actor, id, Action.CHANGE, "supervision-triage");
        Rows.Case target = caseId == null ? null : store.caseFile(caseId, access.mandateScope(actor)).orElse(null);
        if (target == null || !target.open()) {
            throw InputRejected.of("caseId", "supervision.error.caseUnknown");
        }
        attach(lead, target.id());
        if (!lead.municipality().equals(target.municipality())) {
            displacements.checkCase(target.id(), lead.municipality(), lead.networkId(), lead.identifierIndexes());
        }
        access.allowed(Action.CHANGE, SupervisionAccess.CASE, caseId, target.reference(), "supervision-triage");
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public void assign(UUID id, String username) {
        Actor actor = access.team(Action.CHANGE, SupervisionAccess.LEAD, id, "supervision-assignment");
        openLead(actor, id, Action.CHANGE, "supervision-assignment");
        String assignee = username == null || username.isBlank() ? null : username.strip();
        if (assignee != null && !store.teamMembers().containsKey(assignee)) {
            throw InputRejected.of("assignee", "supervision.error.member");
        }
        store.assign(id, assignee);
        access.allowed(Action.CHANGE, SupervisionAccess.LEAD, id, null, "supervision-assignment");
    }

    /** The bulk actions on selected leads: dismiss, assign or merge, all or nothing. */
    public enum BulkAction { DISMISS, ASSIGN, MERGE }

    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public int bulk(List<UUID> ids, BulkAction action, String reason, String note, String assignee, UUID caseId) {
        access.team(Action.CHANGE, SupervisionAccess.LEAD, null, "supervision-bulk");
        if (ids == null || ids.isEmpty()) {
            throw InputRejected.of("leads", "supervision.error.noneSelected");
        }
        if (action == null) {
            throw InputRejected.of("action", "supervision.error.required");
        }
        for (UUID id : ids) {
            switch (action) {
                case DISMISS -> dismiss(id, reason, note);
                case ASSIGN -> assign(id, assignee);
                case MERGE -> merge(id, caseId);
            }
        }
        return ids.size();
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public void saveFilter(String name, LeadFilter filter) {
        Actor actor = access.team(Action.CHANGE, SupervisionAccess.LEAD, null, "supervision-filter");
        store.saveFilter(actor.username(), Inputs.required(name, "filterName", 80), filter.query(), clock.instant());
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public List<Rows.Load> load() {
        Actor actor = access.coordinator(Action.SEARCH, SupervisionAccess.LEAD, null, "supervision-load");
        List<Rows.Load> load = store.load(access.mandateScope(actor));
        access.allowed(Action.SEARCH, SupervisionAccess.LEAD, null, null, "supervision-load");
        return load;
    }
}
