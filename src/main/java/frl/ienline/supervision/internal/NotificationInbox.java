package frl.ienline.supervision.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a municipality outside the mandate receives: its notifications with the routed leads (source,
 * score reasons, the ad's id) and displacement alerts into it, read with one query each (not one per item). For the licensing officers of that
 * municipality, who are its contact in ienline; never the team's worklist.
 */
@Service
public class NotificationInbox {

    /** A notification with what it is about. */
    public record Item(Rows.Notification notification, Rows.Lead lead, Rows.Alert alert) {
    }

    private final LeadStore leads;
    private final AlertStore alerts;
    private final NotificationStore notices;
    private final SupervisionAccess access;

    NotificationInbox(LeadStore leads, AlertStore alerts, NotificationStore notices, SupervisionAccess access) {
        this.leads = leads;
        this.alerts = alerts;
        this.notices = notices;
        this.access = access;
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public List<Item> forOfficer() {
        Actor actor = access.municipalContact(Action.SEARCH, SupervisionAccess.NOTIFICATION, null,
                "supervision-notifications");
        String[] own = actor.scope().municipalityValues();
        List<Rows.Notification> notifications = notices.notifications(own);
        Map<UUID, Rows.Alert> alertById = alerts.alerts(own).stream()
                .collect(Collectors.toMap(Rows.Alert::id, a -> a, (a, b) -> a));
        Map<UUID, Rows.Lead> leadById = leads.leads(notifications.stream()
                .filter(n -> MunicipalityNotifications.LEAD_OUTSIDE_MANDATE.equals(n.kind()))
                .map(Rows.Notification::objectId).collect(Collectors.toSet()), own).stream()
                .collect(Collectors.toMap(Rows.Lead::id, l -> l));
        List<Item> items = notifications.stream().map(n -> new Item(n,
                MunicipalityNotifications.LEAD_OUTSIDE_MANDATE.equals(n.kind()) ? leadById.get(n.objectId()) : null,
                MunicipalityNotifications.DISPLACEMENT.equals(n.kind()) ? alertById.get(n.objectId()) : null))
                .toList();
        access.allowed(Action.SEARCH, SupervisionAccess.NOTIFICATION, null, null, "supervision-notifications");
        return items;
    }

    /** The team's displacement alerts: those from or into the mandate. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public List<Rows.Alert> alerts() {
        Actor actor = access.team(Action.SEARCH, SupervisionAccess.CASE, null, "supervision-displacement");
        List<Rows.Alert> list = alerts.alerts(access.mandateScope(actor));
        access.allowed(Action.SEARCH, SupervisionAccess.CASE, null, null, "supervision-displacement");
        return list;
    }

}
