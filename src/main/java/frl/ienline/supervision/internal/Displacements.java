package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Displacement: a network, phone or person seen in a case in municipality A after an intervention (a
 * finished control or an enforcement step) shows up in municipality B. The alert links both and is shown
 * to the team; when B does not participate in the team, B's contact is notified as well.
 */
@Component
public class Displacements {

    private final SupervisionStore store;
    private final Mandate mandate;
    private final MunicipalityNotifications notifications;
    private final Clock clock;

    Displacements(SupervisionStore store, SupervisionAccess access, MunicipalityNotifications notifications,
            Clock clock) {
        this.store = store;
        this.mandate = access.mandate();
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Checks a lead (an ad seen in {@code municipality}) against the intervened cases elsewhere. */
    public int checkLead(UUID leadId, MunicipalityCode municipality, String networkId, Collection<String> identifiers) {
        return check(municipality, networkId, identifiers, leadId, null);
    }

    /** A lead as an ad import left it: where its ad is now, and the intervened cases the ad is linked to. */
    public record LeadLinks(UUID leadId, MunicipalityCode municipality, List<CaseLinks.Link> links) {
    }

    /**
     * Checks many leads at once, with the same rule as {@link #checkLead}: one alert per case, match kind and
     * lead, never to the case's own municipality, raised only if not raised before; when the lead's
     * municipality is outside the mandate its contact is notified. Two statements for the whole set (the
     * alerts, then the notifications), whatever its size. Returns the number of alerts raised.
     */
    public int checkLeads(List<LeadLinks> leads) {
        Map<List<Object>, SupervisionStore.NewAlert> candidates = new LinkedHashMap<>();
        for (LeadLinks lead : leads) {
            for (CaseLinks.Link link : lead.links()) {
                if (!link.municipality().equals(lead.municipality())) {
                    candidates.putIfAbsent(List.of(link.caseId(), link.matchKind(), lead.leadId()),
                            new SupervisionStore.NewAlert(UUID.randomUUID(), link.matchKind(), link.caseId(),
                                    link.municipality(), lead.municipality(), lead.leadId()));
                }
            }
        }
        Set<UUID> raised = store.insertLeadAlerts(candidates.values(), clock.instant());
        Set<MunicipalityCode> covered = mandate.participantsOn(LocalDate.now(clock));
        notifications.notifyAll(MunicipalityNotifications.DISPLACEMENT, candidates.values().stream()
                .filter(alert -> raised.contains(alert.id()) && !covered.contains(alert.to()))
                .map(alert -> new MunicipalityNotifications.Notice(alert.to(), alert.id())).toList());
        return raised.size();
    }

    /** Checks a case in {@code municipality} that got a phone (of a person or an ad). */
    public int checkCase(UUID caseId, MunicipalityCode municipality, String networkId, Collection<String> identifiers) {
        return check(municipality, networkId, identifiers, null, caseId);
    }

    private int check(MunicipalityCode to, String networkId, Collection<String> identifiers, UUID leadId, UUID caseId) {
        int raised = 0;
        if (networkId != null) {
            for (Rows.Case from : store.intervenedCasesWithNetwork(networkId)) {
                raised += raise("NETWORK", from, to, leadId, caseId);
            }
        }
        for (String identifier : identifiers) {
            for (SupervisionStore.CaseMatch match : store.intervenedCasesWithIdentifier(identifier)) {
                raised += raise(match.matchKind(), match.caseFile(), to, leadId, caseId);
            }
        }
        return raised;
    }

    private int raise(String kind, Rows.Case from, MunicipalityCode to, UUID leadId, UUID caseId) {
        if (from.municipality().equals(to) || from.id().equals(caseId)) {
            return 0;
        }
        UUID id = UUID.randomUUID();
        if (!store.insertAlert(id, kind, from.id(), from.municipality(), to, leadId, caseId, clock.instant())) {
            return 0;
        }
        if (!mandate.covers(to, LocalDate.now(clock))) {
            notifications.notify(to, MunicipalityNotifications.DISPLACEMENT, id);
        }
        return 1;
    }
}
