package frl.ienline.signals.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalReference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous public form (R19): no account, nothing about the reporter's connection is stored or logged,
 * and a reference with a secret code to add information later. Callers rate-limit before calling.
 */
@Service
public class PublicReports {

    private final Signals signals;
    private final SignalsCrypto.SignalsKeys keys;
    private final SignalRules rules;
    private final AccessRecorder access;
    private final Clock clock;

    PublicReports(Signals signals, SignalsCrypto.SignalsKeys keys, SignalRules rules, AccessRecorder access, Clock clock) {
        this.signals = signals;
        this.keys = keys;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    /** What the reporter wrote; every field but the observation optional. */
    public record Report(String observation, MunicipalityCode municipality, LocationType locationType,
            LocalDate observedOn, PartOfDay partOfDay, String location, String phone, String organisation) {
    }

    /** Shown once to the reporter: the reference and the secret code to add information. */
    public record Receipt(SignalReference reference, String secret) {
    }

    @Transactional
    public Receipt submit(Report report) {
        if (report.municipality() != null && rules.municipality(report.municipality()).isEmpty()) {
            throw frl.ienline.shared.InputRejected.of("municipality", "Not a municipality of the region");
        }
        List<String> phones = Optional.ofNullable(report.phone()).filter(p -> !p.isBlank())
                .map(p -> PhoneNumbers.toE164(p).orElseThrow(
                        () -> frl.ienline.shared.InputRejected.of("phone", "Not a phone number")))
                .stream().toList();
        NewSignal signal = new NewSignal(Source.PUBLIC, report.municipality(),
                report.locationType() == null ? LocationType.OTHER : report.locationType(), report.location(),
                report.observedOn(), report.partOfDay(), report.observation(), report.organisation(), null, List.of(),
                phones, List.of(), List.of());
        UUID id = UUID.randomUUID();
        SignalReference reference = References.newReference();
        String secret = References.newSecret();
        Instant now = anonymousTime();
        signals.insert(id, reference, signal, now, null, keys.index().secret(References.normaliseSecret(secret)));
        signals.recordHistory(id, now, null, "REGISTERED", null, SignalState.NEW, null);
        access.allowed(Action.CREATE, SignalHandling.OBJECT, id, reference.value(), "public-report");
        return new Receipt(reference, secret);
    }

    /**
     * Adds information to an open anonymous report when the reference and the secret match. Answers false
     * for every mismatch alike, so the form does not reveal which references exist.
     */
    @Transactional
    public boolean addInformation(String rawReference, String secret, String text) {
        String value = Text.required(text, NewSignal.MAX_OBSERVATION, "Information");
        SignalReference reference;
        try {
            reference = SignalReference.of(rawReference);
        } catch (IllegalArgumentException e) {
            return false;
        }
        Optional<Signals.FollowUp> followUp = signals.followUp(reference);
        boolean match = followUp.isPresent()
                && keys.index().secretMatches(followUp.get().secretHash(), References.normaliseSecret(secret));
        if (!match || !followUp.get().open()) {
            access.denied(Action.CHANGE, SignalHandling.OBJECT, null, "public-report-addition");
            return false;
        }
        Instant now = anonymousTime();
        UUID id = followUp.get().id();
        signals.addAddition(id, now, Source.PUBLIC, value);
        Status status = signals.status(id);
        signals.recordHistory(id, now, null, "INFORMATION_ADDED", status.state(), status.state(), null);
        access.allowed(Action.CHANGE, SignalHandling.OBJECT, id, reference.value(), "public-report-addition");
        return true;
    }

    /**
     * The hour only: a precise time of an anonymous report could be matched with a reverse proxy's log (an
     * address and the time of POST /melden) and find the reporter, although ienline stores no address
     * (review L15). Its access-log entries keep the hour only as well (they have no actor).
     */
    private Instant anonymousTime() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    }
}
