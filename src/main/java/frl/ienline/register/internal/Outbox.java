package frl.ienline.register.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in outbox at {@code /app/uitgaande-post}: the newest mails of the officer's municipalities, with
 * their state, so a new user sees a notice arrive in demo mode and an officer sees what failed in production.
 * Licensing officers only; the recipient masked (the full address is on the file, logged); one SEARCH entry.
 */
@Service
public class Outbox {

    private final OutgoingMail mail;
    private final RegisterAccess access;
    private final boolean demo;

    Outbox(OutgoingMail mail, RegisterAccess access,
            org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> sender) {
        this.mail = mail;
        this.access = access;
        this.demo = sender.getIfAvailable() == null;
    }

    @Transactional(readOnly = true)
    public List<OutgoingMail.OutboxEntry> newest() {
        Actor actor = access.officer(Action.SEARCH, RegisterAccess.OUTGOING_MAIL, "outbox");
        List<OutgoingMail.OutboxEntry> entries = mail.newest(actor.scope().municipalityValues(), 200);
        access.allowed(Action.SEARCH, RegisterAccess.OUTGOING_MAIL, "outbox", null);
        return entries;
    }

    /** No SMTP server configured: mail stays here instead of going out. */
    public boolean demoMode() {
        return demo;
    }
}
