package frl.ienline.register.internal;

import static frl.ienline.register.internal.ApplicationState.BIBOB_ADVICE_REQUESTED;
import static frl.ienline.register.internal.ApplicationState.DECIDED;
import static frl.ienline.register.internal.ApplicationState.DRAFT;
import static frl.ienline.register.internal.ApplicationState.FINAL;
import static frl.ienline.register.internal.ApplicationState.HEARING;
import static frl.ienline.register.internal.ApplicationState.INCOMPLETE;
import static frl.ienline.register.internal.ApplicationState.IN_ASSESSMENT;
import static frl.ienline.register.internal.ApplicationState.OBJECTION_LODGED;
import static frl.ienline.register.internal.ApplicationState.RECEIVED;
import static frl.ienline.register.internal.ApplicationState.WITHDRAWN;

import frl.ienline.register.LicensingFact;
import frl.ienline.register.internal.DecisionCheck.Verdict;
import frl.ienline.register.internal.LicensingRules.KindTerms;
import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A licence application, from the first saved step to the final decision. It changes only through the
 * verbs below; each checks its guard, moves the state and appends a line to the history (who, when, why).
 * Deadlines are computed, in calendar days: receipt + decision term + the one extension + suspended days.
 * Nothing happens by itself when a deadline passes: being late never grants a licence.
 */
public final class LicenceApplication {

    public enum Channel { ONLINE, PAPER }

    private final UUID id;
    private final ApplicationReference reference;
    private final Channel channel;
    private final byte[] followUpCodeHash;
    private ApplicationState state;
    private Business business;
    private Operator operator;
    private List<Person> managers;
    private LocalDate receivedOn;
    private int decisionTermDays;
    private int extensionDays;
    private LocalDate extendedOn;
    private String extensionReason;
    private final List<Suspension> suspensions;
    private final List<InformationRequest> requests;
    private LocalDate bibobRequestedOn;
    private boolean bibobExtended;
    private BibobOutcome bibobOutcome;
    private String bibobSummary;
    private LocalDate viewInvitedOn;
    private LocalDate viewDueOn;
    private String viewSummary;
    private Decision decision;
    private UUID licenceId;
    private LocalDate objectionLodgedOn;
    private final int version;
    private final List<HistoryEntry> history;
    private final List<HistoryEntry> newHistory = new ArrayList<>();
    private final List<LicensingFact> newFacts = new ArrayList<>();

    /** Rebuilds an application from storage; use the factory methods for a new one. */
    LicenceApplication(UUID id, ApplicationReference reference, Channel channel, byte[] followUpCodeHash,
            ApplicationState state, Business business, Operator operator, List<Person> managers, LocalDate receivedOn,
            int decisionTermDays, int extensionDays, LocalDate extendedOn, String extensionReason,
            List<Suspension> suspensions, List<InformationRequest> requests, LocalDate bibobRequestedOn,
            boolean bibobExtended, BibobOutcome bibobOutcome, String bibobSummary, LocalDate viewInvitedOn,
            LocalDate viewDueOn, String viewSummary, Decision decision, UUID licenceId, LocalDate objectionLodgedOn,
            int version, List<HistoryEntry> history) {
        this.id = Objects.requireNonNull(id);
        this.reference = Objects.requireNonNull(reference);
        this.channel = Objects.requireNonNull(channel);
        this.followUpCodeHash = followUpCodeHash == null ? null : followUpCodeHash.clone();
        this.state = Objects.requireNonNull(state);
        this.business = business;
        this.operator = operator;
        this.managers = List.copyOf(managers);
        this.receivedOn = receivedOn;
        this.decisionTermDays = decisionTermDays;
        this.extensionDays = extensionDays;
        this.extendedOn = extendedOn;
        this.extensionReason = extensionReason;
        this.suspensions = new ArrayList<>(suspensions);
        this.requests = new ArrayList<>(requests);
        this.bibobRequestedOn = bibobRequestedOn;
        this.bibobExtended = bibobExtended;
        this.bibobOutcome = bibobOutcome;
        this.bibobSummary = bibobSummary;
        this.viewInvitedOn = viewInvitedOn;
        this.viewDueOn = viewDueOn;
        this.viewSummary = viewSummary;
        this.decision = decision;
        this.licenceId = licenceId;
        this.objectionLodgedOn = objectionLodgedOn;
        this.version = version;
        this.history = new ArrayList<>(history);
    }

    private LicenceApplication(UUID id, ApplicationReference reference, Channel channel, byte[] followUpCodeHash) {
        this(id, reference, channel, followUpCodeHash, DRAFT, null, null, List.of(), null, 0, 0, null, null, List.of(),
                List.of(), null, false, null, null, null, null, null, null, null, null, 0, List.of());
    }

    // ---------------------------------------------------------------- creation

    /** An applicant starts online; nothing is received until {@link #submit}. */
    public static LicenceApplication startOnline(UUID id, ApplicationReference reference, FollowUpCode code,
            Stamp stamp) {
        LicenceApplication application = new LicenceApplication(id, reference, Channel.ONLINE, code.hash());
        application.log(stamp, "started", null, DRAFT, null);
        return application;
    }

    /** An officer registers an application that came in on paper on {@code receivedOn}. */
    public static LicenceApplication registerPaper(UUID id, ApplicationReference reference, Business business,
            Operator operator, List<Person> managers, LocalDate receivedOn, KindTerms terms, Stamp stamp) {
        LicenceApplication application = new LicenceApplication(id, reference, Channel.PAPER, null);
        if (receivedOn == null || receivedOn.isAfter(stamp.on())) {
            throw new TransitionRefused("receivedInFuture");
        }
        application.business = Objects.requireNonNull(business);
        application.operator = Objects.requireNonNull(operator);
        application.managers = requireManagers(managers);
        application.log(stamp, "registeredPaper", null, DRAFT, null);
        application.receive(receivedOn, terms, stamp, "received");
        return application;
    }

    // ---------------------------------------------------------------- the applicant's draft

    public void describeBusiness(Business business, Stamp stamp) {
        requireState(DRAFT);
        this.business = Objects.requireNonNull(business);
        log(stamp, "businessSaved", DRAFT, DRAFT, null);
    }

    public void nameOperator(Operator operator, Stamp stamp) {
        requireState(DRAFT);
        this.operator = Objects.requireNonNull(operator);
        log(stamp, "operatorSaved", DRAFT, DRAFT, null);
    }

    public void nameManagers(List<Person> managers, Stamp stamp) {
        requireState(DRAFT);
        this.managers = requireManagers(managers);
        log(stamp, "managersSaved", DRAFT, DRAFT, null);
    }

    /**
     * Rectification (AVG art. 16, review M17): the operator and managers as they should have been recorded, in any
     * state. The reason is required and lands in the history; the old values are not kept.
     */
    public void rectifyPeople(Operator operator, List<Person> managers, String reason, Stamp stamp) {
        this.operator = Objects.requireNonNull(operator);
        this.managers = requireManagers(managers);
        log(stamp, "peopleRectified", state, state, Objects.requireNonNull(reason));
    }

    /** What the applicant still has to fill in: {@code business}, {@code operator}, {@code managers}. */
    public List<String> missingParts() {
        List<String> missing = new ArrayList<>();
        if (business == null) {
            missing.add("business");
        }
        if (operator == null) {
            missing.add("operator");
        }
        if (managers.isEmpty()) {
            missing.add("managers");
        }
        return missing;
    }

    public void submit(KindTerms terms, Stamp stamp) {
        requireState(DRAFT);
        if (!missingParts().isEmpty()) {
            throw new TransitionRefused("incompleteDraft", String.join(", ", missingParts()));
        }
        receive(stamp.on(), terms, stamp, "submitted");
    }

    private void receive(LocalDate on, KindTerms terms, Stamp stamp, String action) {
        if (terms.kind() != business.kind()) {
            throw new IllegalArgumentException("Terms of another kind");
        }
        this.receivedOn = on;
        this.decisionTermDays = terms.decisionTermDays();
        this.extensionDays = terms.extensionDays();
        transition(RECEIVED, stamp, action, null);
        newFacts.add(new LicensingFact.ApplicationReceived(id, municipality(), business.kind().name(), channel.name(),
                on));
    }

    // ---------------------------------------------------------------- completing (herstelverzuim)

    public void requestInformation(UUID requestId, String what, int repairDays, Stamp stamp) {
        requireState(RECEIVED, IN_ASSESSMENT);
        InformationRequest request = new InformationRequest(requestId, stamp.on(), stamp.on().plusDays(repairDays),
                what,
                stamp.by(), null, null);
        requests.add(request);
        suspensions.add(new Suspension(Suspension.Kind.REPAIR, stamp.on(), null, repairDays));
        suspended(Suspension.Kind.REPAIR, stamp.on());
        transition(INCOMPLETE, stamp, "informationRequested", request.what());
    }

    /** The applicant answers; when nothing is open any more the term runs again and assessment resumes. */
    public void supplyInformation(UUID requestId, String answer, Stamp stamp) {
        requireState(INCOMPLETE);
        int index = indexOfOpenRequest(requestId);
        requests.set(index, requests.get(index).answer(Texts.required(answer, "answer", 4000), stamp.on()));
        if (requests.stream().noneMatch(InformationRequest::isOpen)) {
            endSuspension(Suspension.Kind.REPAIR, stamp.on());
            transition(IN_ASSESSMENT, stamp, "informationSupplied", null);
        } else {
            log(stamp, "informationSupplied", INCOMPLETE, INCOMPLETE, null);
        }
    }

    /** Not completed within the repair term: the application is not considered (a decision, open to objection). */
    public void declineToConsider(String reason, String rulebookVersion, int objectionDays, Stamp stamp) {
        requireState(INCOMPLETE);
        LocalDate lastDue = requests.stream().filter(InformationRequest::isOpen).map(InformationRequest::dueOn)
                .max(LocalDate::compareTo).orElseThrow();
        if (!stamp.on().isAfter(lastDue)) {
            throw new TransitionRefused("repairTermRunning", lastDue);
        }
        endSuspension(Suspension.Kind.REPAIR, lastDue);
        this.decision = new Decision(Outcome.NOT_CONSIDERED, stamp.on(), stamp.by(), reason, List.of(), List.of(),
                rulebookVersion, stamp.on().plusDays(objectionDays));
        transition(DECIDED, stamp, "notConsidered", reason);
        decided(stamp.on());
    }

    // ---------------------------------------------------------------- assessment

    public void startAssessment(Stamp stamp) {
        requireState(RECEIVED);
        transition(IN_ASSESSMENT, stamp, "assessmentStarted", null);
    }

    /** The one extension of the decision term, announced before the term has run out (Awb 4:14). */
    public void extendDecisionTerm(String reason, Stamp stamp) {
        requirePending();
        if (extendedOn != null) {
            throw new TransitionRefused("alreadyExtended");
        }
        if (extensionDays <= 0) {
            throw new TransitionRefused("noExtensionAllowed");
        }
        LocalDate due = decisionDeadline(stamp.on()).due();
        if (stamp.on().isAfter(due)) {
            throw new TransitionRefused("termAlreadyExpired", due);
        }
        this.extendedOn = stamp.on();
        this.extensionReason = Texts.required(reason, "reason for the extension", 2000);
        log(stamp, "termExtended", state, state, extensionReason);
    }

    public void requestBibobAdvice(int adviceDays, String reason, Stamp stamp) {
        requireState(IN_ASSESSMENT);
        if (bibobRequestedOn != null) {
            throw new TransitionRefused("bibobAlreadyRequested");
        }
        this.bibobRequestedOn = stamp.on();
        suspensions.add(new Suspension(Suspension.Kind.BIBOB, stamp.on(), null, adviceDays));
        suspended(Suspension.Kind.BIBOB, stamp.on());
        transition(BIBOB_ADVICE_REQUESTED, stamp, "bibobRequested", Texts.optional(reason, 2000));
    }

    /** The Landelijk Bureau Bibob extends its advice term once; the suspension may then last that much longer. */
    public void extendBibobAdvice(int extraDays, String reason, Stamp stamp) {
        requireState(BIBOB_ADVICE_REQUESTED);
        if (bibobExtended) {
            throw new TransitionRefused("bibobAlreadyExtended");
        }
        int index = indexOfOpenSuspension(Suspension.Kind.BIBOB);
        Suspension current = suspensions.get(index);
        suspensions.set(index, current.withCap(current.capDays() + extraDays));
        this.bibobExtended = true;
        log(stamp, "bibobExtended", state, state, Texts.optional(reason, 2000));
    }

    public void recordBibobAdvice(BibobOutcome outcome, String summary, Stamp stamp) {
        requireState(BIBOB_ADVICE_REQUESTED);
        this.bibobOutcome = Objects.requireNonNull(outcome, "outcome");
        this.bibobSummary = Texts.required(summary, "summary of the advice", 4000);
        endSuspension(Suspension.Kind.BIBOB, stamp.on());
        transition(IN_ASSESSMENT, stamp, "bibobRecorded", outcome.name());
    }

    /** Invites the applicant to give a view before the decision (required before a refusal, Awb 4:7). */
    public void inviteView(LocalDate dueOn, String reason, Stamp stamp) {
        requireState(IN_ASSESSMENT);
        if (dueOn == null || !dueOn.isAfter(stamp.on())) {
            throw new TransitionRefused("viewDueInPast");
        }
        this.viewInvitedOn = stamp.on();
        this.viewDueOn = dueOn;
        transition(HEARING, stamp, "viewInvited", Texts.required(reason, "reason", 2000));
    }

    public void recordView(String summary, Stamp stamp) {
        requireState(HEARING);
        this.viewSummary = Texts.required(summary, "summary of the view", 4000);
        log(stamp, "viewRecorded", HEARING, HEARING, null);
    }

    public void resumeAssessment(Stamp stamp) {
        requireState(HEARING);
        transition(IN_ASSESSMENT, stamp, "assessmentResumed", null);
    }

    // ---------------------------------------------------------------- the decision

    /**
     * Decides. A grant needs: no Bibob advice pending, no blocking check, conditions when granted with
     * conditions or when Bibob found a lesser danger; a refusal needs a prior invitation to give a view.
     *
     * @param licenceId the licence that a grant creates, {@code null} for a refusal
     */
    public void decide(Outcome outcome, List<String> conditions, String reason, List<DecisionCheck> checks,
            String rulebookVersion, int objectionDays, UUID licenceId, Stamp stamp) {
        requireState(IN_ASSESSMENT, HEARING);
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.NOT_CONSIDERED) {
            throw new TransitionRefused("useDeclineToConsider");
        }
        List<String> cleanConditions = conditions.stream().filter(c -> c != null
                && !c.isBlank()).map(String::strip).toList();
        if (outcome.grants()) {
            if (checks.stream().anyMatch(c -> c.verdict() == Verdict.BLOCKING)) {
                throw new TransitionRefused("blockingCheck");
            }
            if (bibobOutcome == BibobOutcome.SERIOUS_DANGER) {
                throw new TransitionRefused("bibobSeriousDanger");
            }
            if (outcome == Outcome.GRANTED_WITH_CONDITIONS && cleanConditions.isEmpty()) {
                throw new TransitionRefused("conditionsRequired");
            }
            if (outcome == Outcome.GRANTED && !cleanConditions.isEmpty()) {
                throw new TransitionRefused("conditionsNeedOutcome");
            }
            if (bibobOutcome == BibobOutcome.LESSER_DANGER && outcome != Outcome.GRANTED_WITH_CONDITIONS) {
                throw new TransitionRefused("bibobLesserNeedsConditions");
            }
            Objects.requireNonNull(licenceId, "licenceId");
        } else {
            if (viewInvitedOn == null) {
                throw new TransitionRefused("refusalNeedsView");
            }
            if (!cleanConditions.isEmpty()) {
                throw new TransitionRefused("conditionsNeedOutcome");
            }
            if (licenceId != null) {
                throw new IllegalArgumentException("A refusal creates no licence");
            }
        }
        this.decision = new Decision(outcome, stamp.on(), stamp.by(), reason, cleanConditions, checks, rulebookVersion,
                stamp.on().plusDays(objectionDays));
        this.licenceId = licenceId;
        transition(DECIDED, stamp, "decided." + outcome.name(), decision.reason());
        decided(stamp.on());
    }

    public void lodgeObjection(String reason, Stamp stamp) {
        requireState(DECIDED);
        if (stamp.on().isAfter(decision.objectionDeadline())) {
            throw new TransitionRefused("objectionWindowClosed", decision.objectionDeadline());
        }
        this.objectionLodgedOn = stamp.on();
        transition(OBJECTION_LODGED, stamp, "objectionLodged", Texts.required(reason, "reason", 2000));
    }

    /** The decision becomes final: after the objection window, or once an objection was decided. */
    public void finalise(String reason, Stamp stamp) {
        requireState(DECIDED, OBJECTION_LODGED);
        if (state == DECIDED && !stamp.on().isAfter(decision.objectionDeadline())) {
            throw new TransitionRefused("objectionWindowOpen", decision.objectionDeadline());
        }
        if (state == OBJECTION_LODGED) {
            reason = Texts.required(reason, "outcome of the objection", 2000);
        }
        transition(FINAL, stamp, "finalised", Texts.optional(reason, 2000));
    }

    public void withdraw(String reason, Stamp stamp) {
        if (state != DRAFT && !state.isPending()) {
            throw new TransitionRefused("notWithdrawable", state);
        }
        suspensions.replaceAll(s -> s.endedOn() == null ? s.endOn(stamp.on()) : s);
        transition(WITHDRAWN, stamp, "withdrawn", Texts.optional(reason, 2000));
        if (receivedOn != null) {
            newFacts.add(new LicensingFact.ApplicationWithdrawn(id, municipality(), business.kind().name(),
                    stamp.on()));
        }
    }

    /** A document came in (the document itself is stored apart from the aggregate). */
    /**
     * The contact details were saved: online by the applicant while the application is a draft; by an officer at
     * any time (a paper registration, or a holder who has moved and says so).
     */
    public void noteContactSaved(Stamp stamp) {
        if (Stamp.APPLICANT.equals(stamp.by()) && state != DRAFT) {
            throw new TransitionRefused("contactClosed");
        }
        log(stamp, "contactSaved", state, state, null);
    }

    public void noteDocumentAdded(String kind, Stamp stamp) {
        if (state != DRAFT && !state.isPending()) {
            throw new TransitionRefused("documentsClosed");
        }
        log(stamp, "documentAdded", state, state, kind);
    }

    // ---------------------------------------------------------------- deadlines

    /** The decision deadline as it stands on {@code today}, in calendar days; {@code null} before receipt. */
    public DecisionDeadline decisionDeadline(LocalDate today) {
        return decisionDeadline(today, false);
    }

    /**
     * The decision deadline as it stands on {@code today}; {@code null} before receipt. With
     * {@code weekendMoves} (a rulebook choice) a due date on a Saturday or Sunday moves to the Monday.
     */
    public DecisionDeadline decisionDeadline(LocalDate today, boolean weekendMoves) {
        if (receivedOn == null) {
            return null;
        }
        long suspended = suspensions.stream().mapToLong(s -> s.days(today)).sum();
        LocalDate due = receivedOn.plusDays(decisionTermDays + (extendedOn != null ? extensionDays : 0) + suspended);
        if (weekendMoves && due.getDayOfWeek() == java.time.DayOfWeek.SATURDAY) {
            due = due.plusDays(2);
        } else if (weekendMoves && due.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            due = due.plusDays(1);
        }
        boolean suspendedNow = state.isPending() && suspensions.stream().anyMatch(s -> s.isRunning(today));
        boolean overdue = state.isPending() && !suspendedNow && today.isAfter(due);
        return new DecisionDeadline(due, suspended, extendedOn != null, suspendedNow, overdue);
    }

    /** The repair deadline of the open request, if the applicant has been asked for something. */
    public LocalDate repairDeadline() {
        return requests.stream().filter(InformationRequest::isOpen).map(InformationRequest::dueOn)
                .max(LocalDate::compareTo).orElse(null);
    }

    public LocalDate bibobAdviceDue() {
        return suspensions.stream().filter(s -> s.kind() == Suspension.Kind.BIBOB).reduce((a, b) -> b)
                .map(Suspension::capReachedOn).orElse(null);
    }

    // ---------------------------------------------------------------- helpers

    private static List<Person> requireManagers(List<Person> managers) {
        if (managers == null || managers.isEmpty()) {
            throw new TransitionRefused("managerRequired");
        }
        if (managers.size() > 20) {
            throw new TransitionRefused("tooManyManagers");
        }
        return List.copyOf(managers);
    }

    private int indexOfOpenRequest(UUID requestId) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).id().equals(requestId) && requests.get(i).isOpen()) {
                return i;
            }
        }
        throw new TransitionRefused("noSuchOpenRequest");
    }

    private int indexOfOpenSuspension(Suspension.Kind kind) {
        for (int i = suspensions.size() - 1; i >= 0; i--) {
            if (suspensions.get(i).kind() == kind && suspensions.get(i).endedOn() == null) {
                return i;
            }
        }
        throw new IllegalStateException("No open " + kind + " suspension");
    }

    private void endSuspension(Suspension.Kind kind, LocalDate on) {
        int index = indexOfOpenSuspension(kind);
        suspensions.set(index, suspensions.get(index).endOn(on));
    }

    private void requireState(ApplicationState... allowed) {
        Set<ApplicationState> set = EnumSet.noneOf(ApplicationState.class);
        Collections.addAll(set, allowed);
        if (!set.contains(state)) {
            throw new TransitionRefused("wrongState", state);
        }
    }

    private void requirePending() {
        if (!state.isPending()) {
            throw new TransitionRefused("wrongState", state);
        }
    }

    private void transition(ApplicationState to, Stamp stamp, String action, String reason) {
        ApplicationState from = state;
        state = to;
        log(stamp, action, from, to, reason);
    }

    private void suspended(Suspension.Kind kind, LocalDate on) {
        newFacts.add(new LicensingFact.DecisionTermSuspended(id, municipality(), business.kind().name(), kind.name(),
                on));
    }

    /** Four eyes: a decision was proposed and waits for a second officer; the state does not change. */
    public void noteDecisionProposed(Outcome outcome, String reason, Stamp stamp) {
        requireState(IN_ASSESSMENT, HEARING);
        log(stamp, "decisionProposed." + outcome.name(), state, state, reason);
    }

    /** Four eyes: the second officer approved (paraaf) the decision {@code proposedBy} proposed. */
    public void noteDecisionApproved(String proposedBy, Stamp stamp) {
        requireState(IN_ASSESSMENT, HEARING);
        log(stamp, "decisionApproved", state, state, proposedBy);
    }

    /** Decision time in calendar days without the suspended days, against the term that applied. */
    private void decided(LocalDate on) {
        long suspended = suspensions.stream().mapToLong(s -> s.days(on)).sum();
        int days = (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(receivedOn, on) - suspended);
        int termDays = decisionTermDays + (extendedOn != null ? extensionDays : 0);
        boolean late = on.isAfter(decisionDeadline(on).due());
        newFacts.add(new LicensingFact.ApplicationDecided(id, municipality(), business.kind().name(),
                decision.outcome().name(), receivedOn, on, days, termDays, late));
    }

    private void log(Stamp stamp, String action, ApplicationState from, ApplicationState to, String reason) {
        HistoryEntry entry = new HistoryEntry(stamp.at(), stamp.by(), action, from == null ? null : from.name(),
                to == null ? null : to.name(), reason);
        history.add(entry);
        newHistory.add(entry);
    }

    // ---------------------------------------------------------------- reading

    public UUID id() { return id; }
    public ApplicationReference reference() { return reference; }
    public Channel channel() { return channel; }
    byte[] followUpCodeHash() { return followUpCodeHash == null ? null : followUpCodeHash.clone(); }
    public ApplicationState state() { return state; }
    public Business business() { return business; }
    public Operator operator() { return operator; }
    public List<Person> managers() { return managers; }
    public LocalDate receivedOn() { return receivedOn; }
    public int decisionTermDays() { return decisionTermDays; }
    public int extensionDays() { return extensionDays; }
    public LocalDate extendedOn() { return extendedOn; }
    public String extensionReason() { return extensionReason; }
    public List<Suspension> suspensions() { return List.copyOf(suspensions); }
    public List<InformationRequest> requests() { return List.copyOf(requests); }
    public LocalDate bibobRequestedOn() { return bibobRequestedOn; }
    public boolean bibobExtended() { return bibobExtended; }
    public BibobOutcome bibobOutcome() { return bibobOutcome; }
    public String bibobSummary() { return bibobSummary; }
    public LocalDate viewInvitedOn() { return viewInvitedOn; }
    public LocalDate viewDueOn() { return viewDueOn; }
    public String viewSummary() { return viewSummary; }
    public Decision decision() { return decision; }
    public UUID licenceId() { return licenceId; }
    public LocalDate objectionLodgedOn() { return objectionLodgedOn; }
    public int version() { return version; }
    public List<HistoryEntry> history() { return List.copyOf(history); }
    List<HistoryEntry> newHistory() { return List.copyOf(newHistory); }
    /** The facts raised since loading, published by {@link Applications} when it saves. */
    List<LicensingFact> newFacts() { return List.copyOf(newFacts); }

    public MunicipalityCode municipality() {
        return business == null ? null : business.municipality();
    }

    public boolean isPending() {
        return state.isPending();
    }
}
