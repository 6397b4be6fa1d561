package frl.ienline.supervision.internal;

import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Routes what the team may not work to the municipality's own contact (the rulebook's notification
 * address): a notification record and, when an SMTP server is configured, an e-mail after commit that says
 * only that there is something and where to look. Never personal data, never ad details in a mailbox.
 */
@Component
public class MunicipalityNotifications {

    public static final String LEAD_OUTSIDE_MANDATE = "LEAD_OUTSIDE_MANDATE";
    public static final String DISPLACEMENT = "DISPLACEMENT";

    private static final Logger log = LoggerFactory.getLogger(MunicipalityNotifications.class);

    private final NotificationStore store;
    private final Rulebook rulebook;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    MunicipalityNotifications(NotificationStore store, Rulebook rulebook, ObjectProvider<JavaMailSender> sender,
            Clock clock, @Value("${ienline.supervision.mail.from:noreply@ienline.example}") String from,
            @Value("${ienline.supervision.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.rulebook = rulebook;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    static final String SUBJECT = "ienline: nieuwe melding voor uw gemeente / new notification for your municipality";

    static String body(String municipalityName, String link) {
        return """
                Er staat in ienline een nieuwe melding voor de gemeente %1$s klaar. Het regionale toezichtteam
                werkt niet in uw gemeente; de melding is daarom aan u doorgestuurd. Log in om haar te bekijken:
                %2$s

                There is a new notification for the municipality of %1$s in ienline. Sign in to read it.
                """.formatted(municipalityName, link);
    }

    /** What a notification is about: the municipality to tell and the object (lead or alert) to look at. */
    public record Notice(MunicipalityCode municipality, UUID objectId) {
    }

    /** Records a notification for the municipality and mails its contact after commit. */
    public UUID notify(MunicipalityCode municipality, String kind, UUID objectId) {
        return notifyAll(kind, List.of(new Notice(municipality, objectId))).getFirst();
    }

    /**
     * Records one notification per notice in one statement and mails each contact after commit (one mail per
     * notification, as {@link #notify} does). Returns the notification ids in the order of the notices.
     */
    public List<UUID> notifyAll(String kind, List<Notice> notices) {
        if (notices.isEmpty()) {
            return List.of();
        }
        RulebookVersion version = rulebook.activeOn(java.time.LocalDate.now(clock));
        List<NotificationStore.NewNotification> rows = new ArrayList<>();
        List<Municipality> targets = new ArrayList<>();
        for (Notice notice : notices) {
            Municipality target = version.municipality(notice.municipality()).orElseThrow(
                    () -> new IllegalArgumentException("Not a municipality of the region: " + notice.municipality()));
            rows.add(new NotificationStore.NewNotification(UUID.randomUUID(), notice.municipality(), kind,
                    notice.objectId(), target.notificationEmail()));
            targets.add(target);
        }
        store.insertNotifications(rows, clock.instant());
        String link = baseUrl + "/app/toezicht/meldingen";
        Runnable mail = () -> {
            for (int i = 0; i < rows.size(); i++) {
                send(rows.get(i).id(), targets.get(i), link);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mail.run();
                }
            });
        } else {
            mail.run();
        }
        return rows.stream().map(NotificationStore.NewNotification::id).toList();
    }

    private void send(UUID id, Municipality target, String link) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.info("No SMTP server configured (spring.mail.host): notification e-mail not sent");
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(target.notificationEmail().toLowerCase(Locale.ROOT));
        message.setSubject(SUBJECT);
        message.setText(body(target.name(), link));
        try {
            mailSender.send(message);
            store.markMailed(id);
        } catch (MailException e) {
            log.warn("A notification e-mail to a municipality could not be sent");
        }
    }
}
