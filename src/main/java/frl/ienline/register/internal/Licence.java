package frl.ienline.register.internal;

import frl.ienline.register.LicensingFact;
import frl.ienline.register.LicenceStatus;
import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A licence for a sex business, created by granting an application. Its status on a day follows from
 * the stored state, the suspension date and the validity: nothing has to run at midnight for a licence
 * to expire. A takeover is a new application; a change of manager is an amendment recorded here.
 */
public final class Licence {

    private final UUID id;
    private final String number;
    private final UUID applicationId;
    private final ApplicationReference applicationReference;
    private final Business business;
    private final Operator holder;
    private final List<ManagerTerm> managers;
    private final List<String> conditions;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final String rulebookVersion;
    private LicenceState state;
    private LocalDate suspendedUntil;
    private LocalDate endedOn;
    private LocalDate renewalRemindedOn;
    private final int version;
    private final List<HistoryEntry> history;
    private final List<HistoryEntry> newHistory = new ArrayList<>();
    private final List<LicensingFact> newFacts = new ArrayList<>();

    Licence(UUID id, String number, UUID applicationId, ApplicationReference applicationReference, Business business,
            Operator holder, List<ManagerTerm> managers, List<String> conditions, LocalDate validFrom,
            LocalDate validUntil, String rulebookVersion, LicenceState state, LocalDate suspendedUntil,
            LocalDate endedOn, LocalDate renewalRemindedOn, int version, List<HistoryEntry> history) {
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.applicationId = Objects.requireNonNull(applicationId);
        this.applicationReference = Objects.requireNonNull(applicationReference);
        this.business = Objects.requireNonNull(business);
        this.holder = Objects.requireNonNull(holder);
        this.managers = new ArrayList<>(managers);
        this.conditions = List.copyOf(conditions);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validUntil = Objects.requireNonNull(validUntil);
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("A licence must be valid for at least a day");
        }
        this.rulebookVersion = Objects.requireNonNull(rulebookVersion);
        this.state = Objects.requireNonNull(state);
        this.suspendedUntil = suspendedUntil;
        this.endedOn = endedOn;
        this.renewalRemindedOn = renewalRemindedOn;
        this.version = version;
        this.history = new ArrayList<>(history);
    }

    /** The licence a grant creates, valid from the decision date for the kind's validity. */
    public static Licence grant(UUID id, String number, LicenceApplication application, LicensingRules.KindTerms terms,
            Stamp stamp) {
        Decision decision = application.decision();
        if (decision == null || !decision.outcome().grants() || !id.equals(application.licenceId())) {
            throw new IllegalArgumentException("Only a granted application creates its licence");
        }
        List<ManagerTerm> managers = application.managers().stream()
                .map(p -> new ManagerTerm(p, decision.decidedOn(), null)).toList();
        Licence licence = new Licence(id, number, application.id(), application.reference(), application.business(),
                application.operator(), managers, decision.conditions(), decision.decidedOn(),
                decision.decidedOn().plus(terms.validity()), decision.rulebookVersion(), LicenceState.ACTIVE, null,
                null,
                null, 0, List.of());
        licence.log(stamp, "granted", null, LicenceState.ACTIVE, application.reference().value());
        licence.newFacts.add(new LicensingFact.LicenceGranted(id, licence.municipality(), licence.kind().name(),
                licence.validFrom, licence.validUntil));
        return licence;
    }

    /** The status as anyone outside would see it on {@code today}. */
    public LicenceStatus status(LocalDate today) {
        return statusOf(state, suspendedUntil, validUntil, today);
    }

    public static LicenceStatus statusOf(LicenceState state, LocalDate suspendedUntil, LocalDate validUntil,
            LocalDate today) {
        return switch (state) {
            case REVOKED -> LicenceStatus.REVOKED;
            case LAPSED -> LicenceStatus.EXPIRED;
            case ACTIVE, SUSPENDED -> {
                if (today.isAfter(validUntil)) {
                    yield LicenceStatus.EXPIRED;
                }
                if (state == LicenceState.SUSPENDED && suspendedUntil != null && !today.isAfter(suspendedUntil)) {
                    yield LicenceStatus.SUSPENDED;
                }
                yield LicenceStatus.VALID;
            }
        };
    }

    public void suspend(LocalDate until, String reason, Stamp stamp) {
        requireStatus(stamp.on(), LicenceStatus.VALID);
        if (until == null || !until.isAfter(stamp.on())) {
            throw new TransitionRefused("suspensionEndsInPast");
        }
        this.suspendedUntil = until;
        transition(LicenceState.SUSPENDED, stamp, "suspended", Texts.required(reason, "reason",
                2000) + " (t/m " + until + ")");
    }

    public void liftSuspension(String reason, Stamp stamp) {
        requireStatus(stamp.on(), LicenceStatus.SUSPENDED);
        this.suspendedUntil = null;
        transition(LicenceState.ACTIVE, stamp, "suspensionLifted", Texts.required(reason, "reason", 2000));
    }

    public void revoke(String reason, Stamp stamp) {
        requireStatus(stamp.on(), LicenceStatus.VALID, LicenceStatus.SUSPENDED);
        this.endedOn = stamp.on();
        transition(LicenceState.REVOKED, stamp, "revoked", Texts.required(reason, "reason", 4000));
    }

    /** The operator reported the end of the exploitation: the licence lapses from that day. */
    public void lapse(LocalDate endedOn, String reason, Stamp stamp) {
        requireStatus(stamp.on(), LicenceStatus.VALID, LicenceStatus.SUSPENDED);
        if (endedOn == null || endedOn.isAfter(stamp.on()) || endedOn.isBefore(validFrom)) {
            throw new TransitionRefused("endDateInvalid");
        }
        this.endedOn = endedOn;
        transition(LicenceState.LAPSED, stamp, "lapsed", Texts.required(reason, "reason", 2000));
    }

    /** Amendment: a new manager, reported by the operator (the age check applies as at a decision). */
    public void addManager(Person person, int minimumAge, String reason, Stamp stamp) {
        requireStatus(stamp.on(), LicenceStatus.VALID, LicenceStatus.SUSPENDED);
        if (person.ageOn(stamp.on()) < minimumAge) {
            throw new TransitionRefused("managerTooYoung", minimumAge);
        }
        if (currentManagers().stream().anyMatch(p -> p.matchKey().equals(person.matchKey()))) {
            throw new TransitionRefused("managerAlreadyListed");
        }
        managers.add(new ManagerTerm(person, stamp.on(), null));
        log(stamp, "managerAdded", state, state, Texts.required(reason, "reason", 2000));
    }

    /** Amendment: a manager left. A licence always keeps at least one manager. */
    public void removeManager(int index, String reason, Stamp stamp) {
        requireStatus(stamp.on(), LicenceStatus.VALID, LicenceStatus.SUSPENDED);
        if (index < 0 || index >= managers.size() || !managers.get(index).isCurrent()) {
            throw new TransitionRefused("noSuchManager");
        }
        if (currentManagers().size() == 1) {
            throw new TransitionRefused("lastManager");
        }
        managers.set(index, managers.get(index).endOn(stamp.on()));
        log(stamp, "managerRemoved", state, state, Texts.required(reason, "reason", 2000));
    }

    /** Whether the renewal reminder is due on {@code today}: within the lead time, still valid, not yet sent. */
    public boolean renewalDue(LocalDate today, int leadDays) {
        LicenceStatus status = status(today);
        return renewalRemindedOn == null && (status == LicenceStatus.VALID || status == LicenceStatus.SUSPENDED)
                && !today.isBefore(validUntil.minusDays(leadDays));
    }

    public void remindRenewal(int leadDays, Stamp stamp) {
        if (!renewalDue(stamp.on(), leadDays)) {
            throw new TransitionRefused("renewalNotDue");
        }
        this.renewalRemindedOn = stamp.on();
        log(stamp, "renewalReminded", state, state, "geldig t/m " + validUntil);
    }

    private void requireStatus(LocalDate today, LicenceStatus... allowed) {
        LicenceStatus current = status(today);
        for (LicenceStatus s : allowed) {
            if (s == current) {
                return;
            }
        }
        throw new TransitionRefused("wrongLicenceStatus", current);
    }

    private void transition(LicenceState to, Stamp stamp, String action, String reason) {
        LicenceState from = state;
        state = to;
        log(stamp, action, from, to, reason);
        LocalDate on = to == LicenceState.LAPSED && endedOn != null ? endedOn : stamp.on();
        newFacts.add(new LicensingFact.LicenceStateChanged(id, municipality(), kind().name(), to.name(), on,
                validUntil));
    }

    private void log(Stamp stamp, String action, LicenceState from, LicenceState to, String reason) {
        HistoryEntry entry = new HistoryEntry(stamp.at(), stamp.by(), action, from == null ? null : from.name(),
                to == null ? null : to.name(), reason);
        history.add(entry);
        newHistory.add(entry);
    }

    public List<Person> currentManagers() {
        return managers.stream().filter(ManagerTerm::isCurrent).map(ManagerTerm::person).toList();
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public UUID applicationId() { return applicationId; }
    public ApplicationReference applicationReference() { return applicationReference; }
    public Business business() { return business; }
    public MunicipalityCode municipality() { return business.municipality(); }
    public LicenceKind kind() { return business.kind(); }
    public Operator holder() { return holder; }
    public List<ManagerTerm> managers() { return List.copyOf(managers); }
    public List<String> conditions() { return conditions; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
    public String rulebookVersion() { return rulebookVersion; }
    public LicenceState state() { return state; }
    public LocalDate suspendedUntil() { return suspendedUntil; }
    public LocalDate endedOn() { return endedOn; }
    public LocalDate renewalRemindedOn() { return renewalRemindedOn; }
    public int version() { return version; }
    public List<HistoryEntry> history() { return List.copyOf(history); }
    List<HistoryEntry> newHistory() { return List.copyOf(newHistory); }
    /** The facts raised since loading, published by {@link Licences} when it saves. */
    List<LicensingFact> newFacts() { return List.copyOf(newFacts); }
}
