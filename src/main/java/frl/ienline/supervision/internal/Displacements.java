package frl.ienline.supervision.internal;

import frl.ienline.supervision.SupervisionFact;
import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Displacement: a network, phone or person seen in a case in municipality A after an intervention (a finished
 * control or an enforcement step) shows up in municipality B. The alert links both and is shown to the team;
 * when B does not participate in the team, B's contact is notified as well. One rule for leads and cases, set-based:
 * the intervened cases are looked up once for the whole set ({@link CaseStore#intervenedLinks}), the alerts are
 * stored in one statement and the notifications in another.
 */
@Component
public class Displacements {

    private final CaseStore cases;
    private final AlertStore alerts;
    private final Mandate mandate;
    private final MunicipalityNotifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Displacements(CaseStore cases, AlertStore alerts, SupervisionAccess access, MunicipalityNotifications notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.alerts = alerts;
        this.mandate = access.mandate();
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** A lead as its evidence leaves it: where its newest ad is, and the intervened cases its ads are linked to. */
    public record LeadLinks(UUID leadId, MunicipalityCode municipality, List<CaseLinks.Link> links) {
    }

    /**
     * Checks many leads at once: one alert per case, match kind and lead, never to the case's own municipality,
     * raised only if not raised before. Returns the number of alerts raised.
     */
    public int checkLeads(List<LeadLinks> leads) {
        Map<List<Object>, AlertStore.NewAlert> candidates = new LinkedHashMap<>();
        for (LeadLinks lead : leads) {
            for (CaseLinks.Link link : lead.links()) {
                if (!link.municipality().equals(lead.municipality())) {
                    candidates.putIfAbsent(List.of(link.caseId(), link.matchKind(), lead.leadId()),
                            new AlertStore.NewAlert(UUID.randomUUID(), link.matchKind(), link.caseId(),
                                    link.municipality(), lead.municipality(), lead.leadId(), null));
                }
            }
        }
        return raise(candidates.values());
    }

    /** Checks a case in {@code municipality} that got a network or phones (of a person or an ad), by the same rule. */
    public int checkCase(UUID caseId, MunicipalityCode municipality, String networkId, Collection<String> identifiers) {
        CaseLinks links = cases.intervenedLinks(networkId == null ? Set.of() : Set.of(networkId), identifiers);
        Map<List<Object>, AlertStore.NewAlert> candidates = new LinkedHashMap<>();
        for (CaseLinks.Link link : links.of(networkId, identifiers)) {
            if (!link.municipality().equals(municipality) && !link.caseId().equals(caseId)) {
                candidates.putIfAbsent(List.of(link.caseId(), link.matchKind()), new AlertStore.NewAlert(
                        UUID.randomUUID(), link.matchKind(), link.caseId(), link.municipality(), municipality, null,
                        caseId));
            }
        }
        return raise(candidates.values());
    }

    private int raise(Collection<AlertStore.NewAlert> candidates) {
        Instant now = clock.instant();
        Set<UUID> raised = alerts.insertAlerts(candidates, now);
        Set<MunicipalityCode> covered = mandate.participantsOn(LocalDate.now(clock));
        List<AlertStore.NewAlert> stored = candidates.stream().filter(alert -> raised.contains(alert.id())).toList();
        notifications.notifyAll(MunicipalityNotifications.DISPLACEMENT, stored.stream()
                .filter(alert -> !covered.contains(alert.to()))
                .map(alert -> new MunicipalityNotifications.Notice(alert.to(), alert.id())).toList());
        stored.forEach(alert -> events.publishEvent(new SupervisionFact.DisplacementAlerted(alert.id(), alert.from(),
                alert.to(), alert.matchKind(), now)));
        return raised.size();
    }
}
