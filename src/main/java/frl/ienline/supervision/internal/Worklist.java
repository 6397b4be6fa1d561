package frl.ienline.supervision.internal;

import frl.ienline.supervision.SupervisionFact;
import frl.ienline.rulebook.DismissalReason;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.adintel.AdTitles;
import java.time.Instant;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's worklist: one lead per subject within the mandate, paged and sorted on the server with a true count,
 * counts of the leads outside it, triage (dismiss with a rulebook reason, open a case, merge into a case),
 * assignment, bulk actions over a selection or over the whole filter, saved filters and the coordinator's view of
 * the team's load. Triage goes through the {@link Lead} aggregate's verbs.
 */
@Service
public class Worklist {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** More leads than this in one bulk action over a filter is refused with a clear message, not cut silently. */
    static final int BULK_MAX = 5000;

    /** One page of leads, the true number of leads the filter finds, and the newest ad's title of each lead. */
    public record View(List<Rows.Lead> leads, int total, int page, int pages, Map<String, String> titles,
            Map<MunicipalityCode, Integer> outsideMandate, List<MunicipalityCode> mandate,
            List<Rows.SavedFilter> savedFilters, Map<String, String> members, List<Rows.Case> openCases, int alerts) {
    }

    private final LeadStore leads;
    private final CaseStore cases;
    private final TeamStore team;
    private final AlertStore alerts;
    private final SupervisionAccess access;
    private final Rulebook rulebook;
    private final MunicipalityNotifications notifications;
    private final Displacements displacements;
    private final CaseAdHolds holds;
    private final ObjectProvider<AdTitles> titles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Worklist(LeadStore leads, CaseStore cases, TeamStore team, AlertStore alerts, SupervisionAccess access,
            Rulebook rulebook, MunicipalityNotifications notifications, Displacements displacements,
            CaseAdHolds holds, ObjectProvider<AdTitles> titles, ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.cases = cases;
        this.team = team;
        this.alerts = alerts;
        this.access = access;
        this.rulebook = rulebook;
        this.notifications = notifications;
        this.displacements = displacements;
        this.holds = holds;
        this.titles = titles;
        this.events = events;
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
        int total = leads.count(scope, filter);
        int pages = Math.max(1, (total + LeadFilter.PAGE_SIZE - 1) / LeadFilter.PAGE_SIZE);
        int page = Math.min(filter.page(), pages - 1);
        List<Rows.Lead> list = leads.leads(scope, filter, page * LeadFilter.PAGE_SIZE, LeadFilter.PAGE_SIZE);
        AdTitles adintel = titles.getIfAvailable();
        Map<String, String> adTitles = adintel == null ? Map.of() : adintel.titlesOf(list.stream()
                .map(Rows.Lead::adId).filter(java.util.Objects::nonNull).toList());
        access.allowed(Action.SEARCH, SupervisionAccess.LEAD, null, null, "supervision-worklist");
        return new View(list, total, page, pages, adTitles, leads.openLeadCountsOutside(scope),
                java.util.Arrays.stream(scope).map(MunicipalityCode::of).toList(), leads.filters(actor.username()),
                team.teamMembers(), cases.openCases(scope), alerts.alertCount(scope));
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
        Instant now = clock.instant();
        leads.insertExternal(id, source, municipality, text, LeadScore.ofExternal(source), now);
        boolean inMandate = access.mandate().covers(municipality, access.today());
        if (!inMandate) {
            notifications.notify(municipality, MunicipalityNotifications.LEAD_OUTSIDE_MANDATE, id);
        }
        events.publishEvent(new SupervisionFact.LeadRaised(id, municipality, source.name(), now));
        access.allowed(Action.CREATE, SupervisionAccess.LEAD, id, null, "supervision-lead-intake");
        return id;
    }

    /** One lead of the worklist with its evidence ads, the cases it could be merged into and the dismissal reasons. */
    public record LeadView(Rows.Lead lead, List<LeadEvidence> evidence, Map<String, String> titles,
            List<Rows.Case> openCases, Map<String, String> members, List<DismissalReason> reasons,
            List<Rows.Alert> alerts) {
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public LeadView lead(UUID id) {
        Actor actor = access.team(Action.VIEW, SupervisionAccess.LEAD, id, "supervision-lead");
        Rows.Lead lead = lead(actor, id, Action.VIEW, "supervision-lead");
        String[] scope = access.mandateScope(actor);
        List<LeadEvidence> evidence = leads.evidence(id);
        AdTitles adintel = titles.getIfAvailable();
        LeadView view = new LeadView(lead, evidence, adintel == null ? Map.of()
                : adintel.titlesOf(evidence.stream().map(LeadEvidence::adId).toList()), cases.openCases(scope),
                team.teamMembers(), rulebook.active().dismissalReasons(), alerts.alertsAbout(scope, id));
        access.allowed(Action.VIEW, SupervisionAccess.LEAD, id, null, "supervision-lead");
        return view;
    }

    public List<DismissalReason> dismissalReasons() {
        return rulebook.active().dismissalReasons();
    }

    private Rows.Lead lead(Actor actor, UUID id, Action action, String purpose) {
        return leads.lead(id, access.mandateScope(actor))
                .orElseThrow(() -> access.notFound(action, SupervisionAccess.LEAD, id, purpose));
    }

    /** Stores what a verb did to the lead (only if nobody changed it meanwhile) and publishes its events. */
    private void save(Lead lead, Lead.State from) {
        if (!leads.save(lead, from)) {
            throw InputRejected.of("lead", "supervision.error.leadNotOpen");
        }
        lead.takeEvents().forEach(events::publishEvent);
    }

    private DismissalReason reason(String reasonCode) {
        return rulebook.active().dismissalReason(reasonCode == null ? "" : reasonCode)
                .orElseThrow(() -> InputRejected.of("reason", "supervision.error.reason"));
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public void dismiss(UUID id, String reasonCode, String note) {
        Actor actor = access.team(Action.CHANGE, SupervisionAccess.LEAD, id, "supervision-triage");
        Lead lead = Lead.of(lead(actor, id, Action.CHANGE, "supervision-triage"));
        lead.dismiss(reason(reasonCode), Inputs.optional(note, "note", 2000), clock.instant());
        save(lead, Lead.State.OPEN);
        access.allowed(Action.CHANGE, SupervisionAccess.LEAD, id, null, "supervision-triage");
    }

    /** Opens a case for the lead in the lead's municipality; the lead's ads come into the case. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public UUID openCase(UUID id, String title) {
        Actor actor = access.team(Action.CREATE, SupervisionAccess.CASE, null, "supervision-triage");
        Rows.Lead lead = lead(actor, id, Action.CHANGE, "supervision-triage");
        if (lead.state() != Lead.State.OPEN) {
            throw InputRejected.of("lead", "supervision.error.leadNotOpen");
        }
        String caseTitle = Inputs.optional(title, "title", 200);
        UUID caseId = UUID.randomUUID();
        String reference = newReference();
        cases.insertCase(caseId, reference, lead.municipality(),
                caseTitle == null ? defaultTitle(lead) : caseTitle, actor.username(), clock.instant());
        attach(lead, caseId);
        access.allowed(Action.CREATE, SupervisionAccess.CASE, caseId, reference, "supervision-triage");
        return caseId;
    }

    private static String defaultTitle(Rows.Lead lead) {
        return switch (lead.source()) {
            case AD -> lead.adCount() > 1 ? lead.adCount() + " advertenties" : "Advertentie " + lead.adId();
            case TIP -> "Tip";
            case SIGNAL -> "Signaal";
            case MUNICIPALITY_REQUEST -> "Verzoek gemeente";
        };
    }

    private void attach(Rows.Lead row, UUID caseId) {
        Lead lead = Lead.of(row);
        lead.intoCase(caseId, clock.instant());
        save(lead, Lead.State.OPEN);
        for (LeadEvidence ad : leads.evidence(row.id())) {
            cases.addAd(caseId, ad.adId(), ad.networkId(), ad.municipality(), ad.identifierIndexes(), clock.instant());
            holds.hold(ad.adId(), caseId);
        }
    }

    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public void merge(UUID id, UUID caseId) {
        Actor actor = access.team(Action.CHANGE, SupervisionAccess.CASE, caseId, "supervision-triage");
        Rows.Lead lead = lead(actor, id, Action.CHANGE, "supervision-triage");
        Rows.Case target = caseId == null ? null : cases.caseFile(caseId, access.mandateScope(actor)).orElse(null);
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
        Lead lead = Lead.of(lead(actor, id, Action.CHANGE, "supervision-assignment"));
        String assignee = username == null || username.isBlank() ? null : username.strip();
        if (assignee != null && !team.teamMembers().containsKey(assignee)) {
            throw InputRejected.of("assignee", "supervision.error.member");
        }
        lead.assign(assignee);
        save(lead, Lead.State.OPEN);
        access.allowed(Action.CHANGE, SupervisionAccess.LEAD, id, null, "supervision-assignment");
    }

    /** The bulk actions on leads: dismiss, assign or merge, all or nothing. */
    public enum BulkAction { DISMISS, ASSIGN, MERGE }

    /** A bulk action on the selected leads. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public int bulk(List<UUID> ids, BulkAction action, String reason, String note, String assignee, UUID caseId) {
        access.team(Action.CHANGE, SupervisionAccess.LEAD, null, "supervision-bulk");
        if (ids == null || ids.isEmpty()) {
            throw InputRejected.of("leads", "supervision.error.noneSelected");
        }
        return apply(ids, action, reason, note, assignee, caseId);
    }

    /** A bulk action on every lead the filter finds (all pages), all or nothing. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, frl.ienline.shared.NotFound.class})
    public int bulkOverFilter(LeadFilter filter, BulkAction action, String reason, String note, String assignee,
            UUID caseId) {
        Actor actor = access.team(Action.CHANGE, SupervisionAccess.LEAD, null, "supervision-bulk");
        if (filter.state() != Lead.State.OPEN) {
            throw InputRejected.of("leads", "supervision.error.leadNotOpen");
        }
        List<UUID> ids = leads.ids(access.mandateScope(actor), filter);
        if (ids.isEmpty()) {
            throw InputRejected.of("leads", "supervision.error.noneSelected");
        }
        if (ids.size() > BULK_MAX) {
            throw InputRejected.of("leads", "supervision.error.bulkTooMany");
        }
        return apply(ids, action, reason, note, assignee, caseId);
    }

    private int apply(List<UUID> ids, BulkAction action, String reason, String note, String assignee, UUID caseId) {
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
        leads.saveFilter(actor.username(), Inputs.required(name, "filterName", 80), filter.query(), clock.instant());
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public List<Rows.Load> load() {
        Actor actor = access.coordinator(Action.SEARCH, SupervisionAccess.LEAD, null, "supervision-load");
        List<Rows.Load> load = team.load(access.mandateScope(actor));
        access.allowed(Action.SEARCH, SupervisionAccess.LEAD, null, null, "supervision-load");
        return load;
    }
}
