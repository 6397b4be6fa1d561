package frl.ienline.supervision.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a municipality outside the mandate receives: its notifications with the routed leads (source,
 * score reasons, the ad's id) and displacement alerts into it. For the licensing officers of that
 * municipality, who are its contact in ienline; never the team's worklist.
 */
@Service
public class NotificationInbox {

    /** A notification with what it is about. */
    public record Item(Rows.Notification notification, Rows.Lead lead, Rows.Alert alert) {
    }

    private final SupervisionStore store;
    private final SupervisionAccess access;

    NotificationInbox(SupervisionStore store, SupervisionAccess access) {
        this.store = store;
        this.access = access;
    }

    @Transactional(noRollbackFor = AccessDeniedException.class)
    public List<Item> forOfficer() {
        Actor actor = access.licensingOfficer(Action.SEARCH, SupervisionAccess.NOTIFICATION, null,
                "supervision-notifications");
        String[] own = actor.scope().municipalityValues();
        List<Rows.Alert> alerts = store.alerts(own);
        List<Item> items = store.notifications(own).stream().map(n -> new Item(n,
                MunicipalityNotifications.LEAD_OUTSIDE_MANDATE.equals(n.kind())
                        ? store.lead(n.objectId(), own).orElse(null) : null,
                MunicipalityNotifications.DISPLACEMENT.equals(n.kind())
                        ? alerts.stream().filter(a -> a.id().equals(n.objectId())).findFirst().orElse(null) : null))
                .toList();
        access.allowed(Action.SEARCH, SupervisionAccess.NOTIFICATION, null, null, "supervision-notifications");
        return items;
    }

    /** The team's displacement alerts: those from or into the mandate. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public List<Rows.Alert> alerts() {
        Actor actor = access.team(Action.SEARCH, SupervisionAccess.CASE, null, "supervision-displacement");
        List<Rows.Alert> alerts = store.alerts(access.mandateScope(actor));
        access.allowed(Action.SEARCH, SupervisionAccess.CASE, null, null, "supervision-displacement");
        return alerts;
    }

}
