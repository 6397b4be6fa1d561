package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
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
