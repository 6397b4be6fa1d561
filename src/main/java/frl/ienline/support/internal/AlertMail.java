package frl.ienline.support.internal;

import java.util.List;
import java.util.Locale;
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
 * The alert e-mail says only that there is a new alert and where to read it: no details ever go into a
 * mailbox. Sent through the SMTP server in {@code spring.mail.*} after the alert is committed; without
 * one configured, members still get the alert in their inbox in the portal.
 */
@Component
class AlertMail {

    private static final Logger log = LoggerFactory.getLogger(AlertMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String portalUrl;

    AlertMail(ObjectProvider<JavaMailSender> sender, @Value("${ienline.support.mail.from:noreply@ienline.example}") String from,
            @Value("${ienline.support.portal-url:http://localhost:8080/portaal/mijn}") String portalUrl) {
        this.sender = sender;
        this.from = from;
        this.portalUrl = portalUrl;
    }

    static final String SUBJECT = "Nieuwe waarschuwing / New alert";

    static String body(String portalUrl) {
        return """
                Er is een nieuwe waarschuwing voor jou. Log in op het portaal om hem te lezen:
                %s

                There is a new alert for you. Sign in to the portal to read it.

                Je krijgt dit bericht omdat je e-mails over waarschuwingen hebt aangezet. Uitzetten kan onder Mijn account.
                """.formatted(portalUrl);
    }

    void sendAfterCommit(List<String> addresses) {
        if (addresses.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(addresses);
                }
            });
        } else {
            send(addresses);
        }
    }

    private void send(List<String> addresses) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.info("No SMTP server configured (spring.mail.host): {} alert e-mail(s) not sent", addresses.size());
            return;
        }
        int failed = 0;
        for (String address : addresses) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address.toLowerCase(Locale.ROOT));
            message.setSubject(SUBJECT);
            message.setText(body(portalUrl));
            try {
                mailSender.send(message);
            } catch (MailException e) {
                failed++;
            }
        }
        if (failed > 0) {
            // never the addresses: they would identify members
            log.warn("{} of {} alert e-mails could not be sent", failed, addresses.size());
        }
    }
}
