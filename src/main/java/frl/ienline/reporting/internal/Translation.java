package frl.ienline.reporting.internal;

import frl.ienline.register.LicensingFact;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.SignalFact;
import frl.ienline.supervision.SupervisionFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What each published fact counts for, as {@link Fact}s: the one place where events become measures (the
 * live listeners and the demo history both go through here). Pure: no database, no clock but the zone that
 * turns a moment into a day.
 */
public final class Translation {

    private final ZoneId zone;

    public Translation(ZoneId zone) {
        this.zone = zone;
    }

    public List<Fact> of(LicensingFact fact) {
        List<Fact> facts = new ArrayList<>();
        MunicipalityCode m = fact.municipality();
        switch (fact) {
            case LicensingFact.ApplicationReceived r -> facts.add(Fact.of(key(r, r.id()), r.on(), m,
                    Measure.APPLICATIONS_RECEIVED, r.licenceKind()));
            case LicensingFact.DecisionTermSuspended s -> facts.add(Fact.of(key(s, s.id() + ":" + s.reason() + ":"
                    + s.on()), s.on(), m, Measure.TERM_SUSPENSIONS, s.reason()));
            case LicensingFact.ApplicationDecided d -> {
                String k = key(d, d.id());
                facts.add(Fact.of(k, d.on(), m, Measure.APPLICATIONS_DECIDED, d.outcome()));
                facts.add(Fact.of(k, d.on(), m, Measure.DECISION_DAYS, Integer.toString(d.days())));
                if (d.late()) {
                    facts.add(Fact.of(k, d.on(), m, Measure.DECISIONS_LATE, d.outcome()));
                }
            }
            case LicensingFact.ApplicationWithdrawn w -> facts.add(Fact.of(key(w, w.id()), w.on(), m,
                    Measure.APPLICATIONS_WITHDRAWN, w.licenceKind()));
            case LicensingFact.LicenceGranted g -> {
                String k = key(g, g.id());
                facts.add(Fact.of(k, g.on(), m, Measure.LICENCES_GRANTED, g.licenceKind()));
                Fact inForce = Fact.of(k, g.on(), m, Measure.LICENCES_IN_FORCE, g.licenceKind());
                facts.add(inForce);
                facts.add(inForce.on(g.validUntil().plusDays(1)).withDelta(-1));
            }
            case LicensingFact.LicenceStateChanged c -> {
                String k = key(c, c.id() + ":" + c.state() + ":" + c.on());
                facts.add(Fact.of(k, c.on(), m, Measure.LICENCE_STATE_CHANGES, c.state()));
                boolean ended = c.state().equals("REVOKED") || c.state().equals("LAPSED");
                if (ended && !c.on().isAfter(c.validUntil())) {
                    // in force no longer from that day, and the expiry counted at the grant is taken back
                    Fact inForce = Fact.of(k, c.on(), m, Measure.LICENCES_IN_FORCE, c.licenceKind()).withDelta(-1);
                    facts.add(inForce);
                    facts.add(inForce.on(c.validUntil().plusDays(1)).withDelta(1));
                }
            }
        }
        return facts;
    }

    public List<Fact> of(SignalFact fact) {
        List<Fact> facts = new ArrayList<>();
        MunicipalityCode m = fact.municipality();
        switch (fact) {
            case SignalFact.SignalRegistered r -> {
                String k = key(r, r.signalId());
                facts.add(Fact.of(k, r.on(), m, Measure.SIGNALS_REGISTERED, r.source()));
                r.indicatorGroups().forEach(g -> facts.add(Fact.of(k, r.on(), m, Measure.SIGNAL_INDICATOR_GROUPS, g)));
            }
            case SignalFact.SignalReferred r -> facts.add(Fact.of(key(r, r.shareId()), r.on(), m,
                    Measure.SIGNALS_REFERRED, r.recipientKind()));
            case SignalFact.SignalClosed c -> facts.add(Fact.of(key(c, c.signalId()), c.on(), m,
                    Measure.SIGNALS_CLOSED, c.outcome()));
        }
        return facts;
    }

    public List<Fact> of(SupervisionFact fact) {
        List<Fact> facts = new ArrayList<>();
        MunicipalityCode m = fact.municipality();
        switch (fact) {
            case SupervisionFact.LeadRaised l -> facts.add(Fact.of(key(l, l.leadId()), day(l.at()), m,
                    Measure.LEADS_RAISED, l.source()));
            case SupervisionFact.LeadTriaged t -> facts.add(Fact.of(key(t, t.leadId()), day(t.at()), m,
                    Measure.LEADS_TRIAGED, t.outcome()));
            case SupervisionFact.ControlReported c -> {
                String k = key(c, c.controlId());
                LocalDate on = day(c.controlAt());
                facts.add(Fact.of(k, on, m, Measure.CONTROLS, c.kind()));
                facts.add(Fact.of(k, on, m, Measure.CONTROL_OUTCOMES, c.outcome()));
                c.indicators().forEach(i -> facts.add(Fact.of(k, on, m, Measure.CONTROL_FINDINGS, i)));
                if (c.firstLeadAt() != null && !c.firstLeadAt().isAfter(c.controlAt())) {
                    long days = ChronoUnit.DAYS.between(day(c.firstLeadAt()), on);
                    facts.add(Fact.of(k, on, m, Measure.LEAD_TO_CONTROL_DAYS, Long.toString(days)));
                }
            }
            case SupervisionFact.EnforcementStepDecided e -> {
                String k = key(e, e.actionId());
                facts.add(Fact.of(k, e.decidedOn(), m, Measure.ENFORCEMENT_STEPS, e.stepCode()));
                if (e.deviated()) {
                    facts.add(Fact.of(k, e.decidedOn(), m, Measure.LADDER_DEVIATIONS, e.stepCode()));
                }
            }
            case SupervisionFact.DisplacementAlerted a -> facts.add(Fact.of(key(a, a.alertId()), day(a.at()), m,
                    Measure.DISPLACEMENT_ALERTS, a.from().value()));
        }
        return facts;
    }

    public LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private static String key(Object event, Object id) {
        return Fact.key(event.getClass().getSimpleName(), id);
    }
}
