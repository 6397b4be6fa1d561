package frl.ienline.register.internal;

import frl.ienline.register.LicenceDecisionTaken;
import frl.ienline.register.LicenceRegisterChanged;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Licences after the grant: the regional list, one licence, suspension, revocation, lapse (exploitation
 * ended), change of manager, and the renewal reminders. Same rule as applications: read regionally,
 * change only in the own municipalities (in SQL).
 */
@Service
public class LicenceAdministration {

    private final Licences licences;
    private final Applications applications;
    private final Notices notices;
    private final LicensingRules rules;
    private final RegisterAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LicenceAdministration(Licences licences, Applications applications, Notices notices, LicensingRules rules,
            RegisterAccess access, ApplicationEventPublisher events, Clock clock) {
        this.licences = licences;
        this.applications = applications;
        this.notices = notices;
        this.rules = rules;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LicenceFile> regional(String municipality) {
        Actor actor = access.licenceReader(Action.SEARCH, "regional");
        String m;
        try {
            m = municipality == null || municipality.isBlank() ? null : MunicipalityCode.of(municipality).value();
        } catch (IllegalArgumentException e) {
            throw frl.ienline.shared.InputRejected.of("gemeente", "unknown municipality");
        }
        LocalDate today = LocalDate.now(clock);
        List<LicenceFile> result = licences.all(m).stream().map(l -> new LicenceFile(l, l.status(today),
                actor.hasRole(frl.ienline.shared.Role.LICENSING_OFFICER) && actor.scope().covers(l.municipality()),
                rules.municipalityName(l.municipality()), actor.scope().covers(l.municipality()))).toList();
        access.allowed(Action.SEARCH, RegisterAccess.LICENCE, "regional", null);
        return result;
    }

    @Transactional(readOnly = true)
    public LicenceFile file(UUID id) {
        Actor actor = access.licenceReader(Action.VIEW, id);
        Licence licence = licences.byId(id).orElseThrow(() -> new NotFound(RegisterAccess.LICENCE));
        access.allowed(Action.VIEW, RegisterAccess.LICENCE, id, licence.applicationReference().value(), licence.municipality());
        return new LicenceFile(licence, licence.status(LocalDate.now(clock)),
                actor.hasRole(frl.ienline.shared.Role.LICENSING_OFFICER)
                && actor.scope().covers(licence.municipality()),
                rules.municipalityName(licence.municipality()), actor.scope().covers(licence.municipality()));
    }

    /** Licences in the officer's municipalities whose renewal reminder went out and that have not expired. */
    @Transactional(readOnly = true)
    public List<Licence> renewalsDue() {
        Actor actor = access.officer(Action.SEARCH, RegisterAccess.LICENCE, "renewals");
        List<Licence> due = licences.remindedNotExpiredIn(actor.scope().municipalityValues(), LocalDate.now(clock));
        access.allowed(Action.SEARCH, RegisterAccess.LICENCE, "renewals", null);
        return due;
    }

    @Transactional
    public void suspend(UUID id, LocalDate until, String reason) {
        suspend(id, until, reason, null, null);
    }

    /** A suspension, adopting a decision proposal of the enforcement ladder when {@code proposalId} is given. */
    void suspend(UUID id, LocalDate until, String reason, UUID proposalId, UUID sourceActionId) {
        Licence licence = edit(id, (l, stamp) -> {
            l.suspend(until, reason, stamp);
            notify(l, NoticeKind.LICENCE_SUSPENDED, stamp, l.number(), until, reason);
        });
        events.publishEvent(new LicenceDecisionTaken(UUID.randomUUID(), licence.number(),
                licence.municipality().value(), "SUSPENSION", LocalDate.now(clock), proposalId, sourceActionId));
    }

    @Transactional
    public void liftSuspension(UUID id, String reason) {
        edit(id, (l, stamp) -> l.liftSuspension(reason, stamp));
    }

    @Transactional
    public void revoke(UUID id, String reason) {
        revoke(id, reason, null, null);
    }

    /** A revocation, adopting a decision proposal of the enforcement ladder when {@code proposalId} is given. */
    void revoke(UUID id, String reason, UUID proposalId, UUID sourceActionId) {
        Licence licence = edit(id, (l, stamp) -> {
            l.revoke(reason, stamp);
            notify(l, NoticeKind.LICENCE_REVOKED, stamp, l.number(), reason);
        });
        events.publishEvent(new LicenceDecisionTaken(UUID.randomUUID(), licence.number(),
                licence.municipality().value(), "REVOCATION", LocalDate.now(clock), proposalId, sourceActionId));
    }

    @Transactional
    public void lapse(UUID id, LocalDate endedOn, String reason) {
        edit(id, (l, stamp) -> l.lapse(endedOn, reason, stamp));
    }

    @Transactional
    public void addManager(UUID id, Person manager, String reason) {
        edit(id, (l, stamp) -> l.addManager(manager, rules.kind(l.kind(), stamp.on()).minimumAgeManager(), reason,
                stamp));
    }

    @Transactional
    public void removeManager(UUID id, int index, String reason) {
        edit(id, (l, stamp) -> l.removeManager(index, reason, stamp));
    }

    /** The daily job: every licence within its kind's renewal lead time gets its reminder, once. */
    @Transactional
    public int remindRenewals() {
        LocalDate today = LocalDate.now(clock);
        int maxLead = java.util.Arrays.stream(LicenceKind.values())
                .mapToInt(k -> rules.kind(k, today).renewalLeadDays()).max().orElse(0);
        int reminded = 0;
        for (UUID id : licences.renewalCandidates(today.plusDays(maxLead))) {
            Licence licence = licences.byId(id).orElseThrow();
            int lead = rules.kind(licence.kind(), today).renewalLeadDays();
            if (licence.renewalDue(today, lead)) {
                Stamp stamp = Stamp.of(Stamp.SYSTEM, clock);
                licence.remindRenewal(lead, stamp);
                licences.update(licence, stamp.at());
                notify(licence, NoticeKind.RENEWAL_REMINDER, stamp, licence.number(), licence.validUntil());
                reminded++;
            }
        }
        return reminded;
    }

    /**
     * Whether the signed-in user may change this licence (an officer whose scope holds its municipality), asked
     * by the web layer before it reads any input (D12): 403 with a DENIED entry, or 404.
     */
    @Transactional(readOnly = true)
    public void checkMayChange(UUID id) {
        inScope(access.officer(Action.CHANGE, RegisterAccess.LICENCE, id), id);
    }

    /** A notice to the holder, in the file of the application the licence was granted on. */
    private void notify(Licence licence, NoticeKind kind, Stamp stamp, Object... args) {
        applications.byId(licence.applicationId())
                .ifPresent(application -> notices.issue(application, kind, null, stamp.at(), args));
    }

    private Licence inScope(Actor actor, UUID id) {
        return licences.byIdInScope(id, actor.scope().municipalityValues()).orElseGet(() -> {
            if (licences.exists(id)) {
                throw access.deny(Action.CHANGE, RegisterAccess.LICENCE, id);
            }
            throw new NotFound(RegisterAccess.LICENCE);
        });
    }

    private Licence edit(UUID id, BiConsumer<Licence, Stamp> verb) {
        Actor actor = access.officer(Action.CHANGE, RegisterAccess.LICENCE, id);
        Licence licence = inScope(actor, id);
        Stamp stamp = Stamp.of(actor.username(), clock);
        verb.accept(licence, stamp);
        licences.update(licence, stamp.at());
        access.allowed(Action.CHANGE, RegisterAccess.LICENCE, id, licence.applicationReference().value(),
                licence.municipality());
        events.publishEvent(new LicenceRegisterChanged(licence.number())); // the verification snapshot listens
        return licence;
    }
}
