package frl.ienline.signals.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.NotFound;
import frl.ienline.signals.ControlHandOff;
import frl.ienline.signals.IndicatorCode;
import frl.ienline.signals.SignalIntake;
import frl.ienline.signals.SignalReference;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signals module's service for staff: intake, viewing, triage, referral, closing and merging.
 * Authorisation happens here (who may use signals at all, who may triage) and in SQL (which signals);
 * every view, search, change and export goes to the access log with the signal reference as subject. A
 * signal outside the actor's sight is logged here as denied and answered 404; a refused function throws
 * {@link AccessDeniedException}, which the security layer answers 403 and logs (one entry per request).
 */
@Service
public class SignalHandling implements SignalIntake {

    static final String OBJECT = "signal";

    private final Signals signals;
    private final SignalRules rules;
    private final Recipients recipients;
    private final AccessRecorder access;
    private final Clock clock;
    private final int duplicateWindowMonths;

    SignalHandling(Signals signals, SignalRules rules, Recipients recipients, AccessRecorder access, Clock clock,
            @Value("${ienline.signals.duplicates.window-months:6}") int duplicateWindowMonths) {
        this.signals = signals;
        this.rules = rules;
        this.recipients = recipients;
        this.access = access;
        this.clock = clock;
        this.duplicateWindowMonths = duplicateWindowMonths;
    }

    // ---------------------------------------------------------------- intake

    /** Registers a signal by a signed-in staff member of a partner organisation. */
    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public SignalReference register(NewSignal signal) {
        Actor actor = requireSignalsUser(Action.CREATE, null, "signal-intake");
        if (signal.source() == Source.PUBLIC) {
            throw new IllegalArgumentException("Staff do not register through the public form");
        }
        if (rules.municipality(signal.municipality()).isEmpty()) {
            throw InputRejected.of("municipality", "Not a municipality of the region");
        }
        UUID id = UUID.randomUUID();
        SignalReference reference = References.newReference();
        Instant now = clock.instant();
        signals.insert(id, reference, signal, now, actor, null);
        signals.recordHistory(id, now, actor, "REGISTERED", null, SignalState.NEW, null);
        access.allowed(Action.CREATE, OBJECT, id, reference.value(), "signal-intake");
        return reference;
    }

    /** Refuses (403, logged) an actor who may not register signals before the intake form is even shown. */
    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public void checkMayRegister() {
        requireSignalsUser(Action.CREATE, null, "signal-intake");
    }

    @Override
    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public SignalReference registerFromControl(ControlHandOff handOff) {
        List<Link> links = new ArrayList<>();
        handOff.adIds().forEach(id -> links.add(new Link(LinkKind.AD, id)));
        handOff.networkIds().forEach(id -> links.add(new Link(LinkKind.NETWORK, id)));
        handOff.caseIds().forEach(id -> links.add(new Link(LinkKind.CASE, id)));
        handOff.businessIds().forEach(id -> links.add(new Link(LinkKind.LICENSED_BUSINESS, id)));
        List<Indicator> indicators = handOff.indicators().stream().sorted()
                .map(code -> new Indicator(code, null)).toList();
        return register(new NewSignal(Source.CONTROL, handOff.municipality(), handOff.locationType(), null,
                handOff.observedOn(), null, null, null, handOff.controlId(), List.of(), List.of(), indicators, links));
    }

    // ---------------------------------------------------------------- reading

    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public List<SignalSummary> list(SignalState state) {
        Actor actor = requireSignalsUser(Action.SEARCH, null, "signal-search");
        List<SignalSummary> result = signals.listVisible(Viewer.of(actor), state, 500);
        access.allowed(Action.SEARCH, OBJECT, null, null, "signal-search");
        return result;
    }

    /** A search by phone number through the blind index; only signals the actor sees in full. */
    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public List<SignalSummary> searchByPhone(String raw) {
        Actor actor = requireSignalsUser(Action.SEARCH, null, "signal-search");
        String e164 = PhoneNumbers.toE164(raw)
                .orElseThrow(() -> InputRejected.of("phone", "Not a phone number"));
        List<SignalSummary> result = signals.findByPhone(Viewer.of(actor), e164);
        access.allowed(Action.SEARCH, OBJECT, null, null, "signal-search-phone");
        return result;
    }

    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public SignalView view(UUID id) {
        Actor actor = requireSignalsUser(Action.VIEW, id, "signal-view");
        Viewer viewer = Viewer.of(actor);
        Signals.Access level = visible(id, viewer, Action.VIEW, "signal-view");
        Signal signal = signals.load(id).orElseThrow(() -> new NotFound(OBJECT));
        SignalView view;
        if (level == Signals.Access.FULL) {
            boolean mayTriage = mayTriage(viewer, signal);
            Instant since = clock.instant().atZone(clock.getZone()).minusMonths(duplicateWindowMonths).toInstant();
            view = new SignalView(signal, true, EnumSet.allOf(SharedField.class), mayTriage, signals.shares(id),
                    signals.history(id),
                    mayTriage && signal.status().isActive() ? signals.duplicates(id, viewer, since) : List.of(),
                    signals.mergedInto(id));
        } else {
            var fields = signals.fieldsSharedWith(id, viewer.organisation());
            List<ShareRecord> own = signals.shares(id).stream()
                    .filter(s -> s.recipientOrg().equals(viewer.organisation())).toList();
            view = new SignalView(SignalView.restrict(signal, fields), false, fields, false, own, List.of(),
                    List.of(), Map.of());
        }
        access.allowed(Action.VIEW, OBJECT, id, signal.reference().value(), "signal-view");
        return view;
    }

    /** The overall share register: triage roles see shares of their signals; the privacy officer sees all. */
    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public List<ShareRecord> shareRegister() {
        Actor actor = CurrentActor.require();
        boolean privacyOfficer = actor.hasRole(frl.ienline.shared.Role.PRIVACY_OFFICER) && !actor.scope().isCare();
        if (!privacyOfficer && !(Viewer.mayUseSignals(actor) && Viewer.of(actor).triage())) {
            throw new AccessDeniedException("The share register is for the triage role and the privacy officer");
        }
        List<ShareRecord> register = signals.shareRegister(privacyOfficer ? null : Viewer.of(actor), 1000);
        access.allowed(Action.SEARCH, "signal-share", null, null, "share-register");
        return register;
    }

    // ---------------------------------------------------------------- handling

    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public void startTriage(UUID id) {
        Triage t = requireTriage(id, "signal-triage");
        Status next = t.status().startTriage();
        change(t, next, null, "TRIAGE_STARTED", null);
        access.allowed(Action.CHANGE, OBJECT, id, t.reference().value(), "signal-triage");
    }

    /** Refers (shares) the signal: records the share and answers its id, for the recipient's summary. */
    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public UUID refer(UUID id, Referral referral) {
        Triage t = requireTriage(id, "signal-referral");
        var basis = rules.legalBasis(referral.legalBasisCode())
                .orElseThrow(() -> InputRejected.of("legalBasis", "Not a legal basis of the rulebook"));
        if (basis.requiresConsent() && referral.consent() != Consent.GIVEN) {
            throw InputRejected.of("consent", "This legal basis needs the consent of the person concerned");
        }
        if (referral.municipality() != null && rules.municipality(referral.municipality()).isEmpty()) {
            throw InputRejected.of("municipality", "Not a municipality of the region");
        }
        Status next = t.status().refer();
        Instant now = clock.instant();
        String recipientOrg = recipients.organisation(referral.recipient(), referral.municipality());
        UUID shareId = UUID.randomUUID();
        signals.insertShare(new ShareRecord(shareId, id, t.reference(), now, t.actor().username(),
                t.actor().organisationCode(), referral.recipient(), recipientOrg,
                referral.fields().stream().sorted().toList(), basis.code(), basis.label(), referral.consent(),
                referral.consentReason()), t.actor().id());
        if (t.status().state() != next.state()) {
            change(t, next, null, "REFERRED", null);
        }
        signals.recordHistory(id, now, t.actor(), "SHARED", next.state(), next.state(),
                referral.recipient() + " " + recipientOrg);
        access.allowed(Action.CHANGE, OBJECT, id, t.reference().value(), "signal-referral");
        return shareId;
    }

    /** Role and visibility before the input (D12): refuses whoever may not close the signal, as close would. */
    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public void checkMayClose(UUID id) {
        requireTriage(id, "signal-closure");
    }

    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public void close(UUID id, Outcome outcome, String note) {
        Triage t = requireTriage(id, "signal-closure");
        if (outcome == null) { // no default for a choice with legal weight; said before anything is read or written
            throw InputRejected.of("outcome", "Choose an outcome");
        }
        Status next = t.status().close(outcome);
        Instant now = clock.instant();
        change(t, next, now, "CLOSED_" + outcome, Text.optional(note, 1000, "Note"));
        Signal closed = signals.load(id).orElseThrow();
        signals.count(id, now, closed.municipality(), outcome.name(), closed.source());
        access.allowed(Action.CHANGE, OBJECT, id, t.reference().value(), "signal-closure");
    }

    /** Merges {@code duplicate} into {@code primary}, with the reason recorded on both. */
    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public void merge(UUID primary, UUID duplicate, String reason) {
        Triage p = requireTriage(primary, "signal-merge"); // role and visibility before the input (D12)
        Triage d = requireTriage(duplicate, "signal-merge");
        String why = Text.optional(reason, 1000, "Reason");
        if (why == null) {
            throw InputRejected.of("reason", "Give the reason for merging");
        }
        Status next = d.status().mergeInto(duplicate, primary, p.status());
        Instant now = clock.instant();
        change(d, next, null, "MERGED_INTO " + p.reference(), why);
        signals.recordHistory(primary, now, p.actor(), "MERGED_FROM " + d.reference(), p.status().state(),
                p.status().state(), why);
        Signal merged = signals.load(duplicate).orElseThrow();
        signals.count(duplicate, now, merged.municipality(), "MERGED", merged.source());
        access.allowed(Action.CHANGE, OBJECT, primary, p.reference().value(), "signal-merge");
        access.allowed(Action.CHANGE, OBJECT, duplicate, d.reference().value(), "signal-merge");
    }

    /** Staff who see the signal in full add information (an encrypted note). */
    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public void addInformation(UUID id, String text) {
        Actor actor = requireSignalsUser(Action.CHANGE, id, "signal-addition");
        if (visible(id, Viewer.of(actor), Action.CHANGE, "signal-addition") != Signals.Access.FULL) {
            throw new AccessDeniedException("Only the registering organisation and the triage role add information");
        }
        String value = Text.required(text, NewSignal.MAX_OBSERVATION, "Information");
        Status status = signals.status(id);
        if (status.state() == SignalState.CLOSED) {
            throw InputRejected.of("text", "This signal is closed");
        }
        Instant now = clock.instant();
        signals.addAddition(id, now, Source.STAFF, value);
        SignalReference reference = signals.load(id).orElseThrow().reference();
        signals.recordHistory(id, now, actor, "INFORMATION_ADDED", status.state(), status.state(), null);
        access.allowed(Action.CHANGE, OBJECT, id, reference.value(), "signal-addition");
    }

    /** The data for a recipient's summary: the signal reduced to the share's fields. Logged as an export. */
    @Transactional(noRollbackFor = {NotFound.class, AccessDeniedException.class, ResponseStatusException.class})
    public Summary summary(UUID id, UUID shareId) {
        Actor actor = requireSignalsUser(Action.EXPORT, id, "signal-summary");
        Viewer viewer = Viewer.of(actor);
        Signals.Access level = visible(id, viewer, Action.EXPORT, "signal-summary");
        ShareRecord share = signals.share(id, shareId).orElseThrow(() -> new NotFound("share"));
        if (level != Signals.Access.FULL && !share.recipientOrg().equals(viewer.organisation())) {
            access.denied(Action.EXPORT, OBJECT, id, "signal-summary");
            throw new NotFound("share");
        }
        Signal signal = signals.load(id).orElseThrow();
        access.allowed(Action.EXPORT, OBJECT, id, signal.reference().value(), "signal-summary");
        return new Summary(SignalView.restrict(signal, EnumSet.copyOf(share.fields())), share);
    }

    public record Summary(Signal signal, ShareRecord share) {
    }

    public List<IndicatorCode> indicators() {
        return List.of(IndicatorCode.values());
    }

    // ---------------------------------------------------------------- guards

    private record Triage(Actor actor, UUID id, SignalReference reference, Status status) {
    }

    private Triage requireTriage(UUID id, String purpose) {
        Actor actor = requireSignalsUser(Action.CHANGE, id, purpose);
        Viewer viewer = Viewer.of(actor);
        visible(id, viewer, Action.CHANGE, purpose);
        Signal signal = signals.load(id).orElseThrow(() -> new NotFound(OBJECT));
        if (!mayTriage(viewer, signal)) {
            throw new AccessDeniedException("Only the triage role of the signal's region handles signals");
        }
        return new Triage(actor, id, signal.reference(), signal.status());
    }

    private void change(Triage t, Status next, Instant closedAt, String event, String detail) {
        Instant now = clock.instant();
        if (!signals.changeStatus(t.id(), t.status(), next, closedAt)) {
            throw InputRejected.of("state", "The signal was changed by someone else; reload and try again");
        }
        signals.recordHistory(t.id(), now, t.actor(), event, t.status().state(), next.state(), detail);
    }

    private boolean mayTriage(Viewer viewer, Signal signal) {
        return viewer.triage() && (signal.municipality() == null || viewer.actor().scope().covers(signal.municipality()));
    }

    private Signals.Access visible(UUID id, Viewer viewer, Action action, String purpose) {
        Optional<Signals.Access> level = signals.access(id, viewer);
        if (level.isEmpty()) {
            access.denied(action, OBJECT, id, purpose);
            throw new NotFound(OBJECT);
        }
        return level.get();
    }

    private Actor requireSignalsUser(Action action, UUID id, String purpose) {
        Actor actor = CurrentActor.require();
        if (!Viewer.mayUseSignals(actor)) {
            throw new AccessDeniedException("Signals are for staff of the partner organisations on the enforcement side");
        }
        return actor;
    }
}
