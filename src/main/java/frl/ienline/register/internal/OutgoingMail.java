package frl.ienline.register.internal;

import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.FieldCipher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register's mail outbox ({@code register.outgoing_mail}, ADR 0023). A mail is written in the transaction of
 * the step that caused it, so it exists exactly when the step committed; it is sent right after commit and, if
 * that fails (SMTP down, timeout), again by {@link #retryDue} with a growing wait until it is sent. Nothing is
 * lost and nothing is sent for a step that rolled back. With {@code spring.mail.host} configured it goes out
 * through {@link JavaMailSender}; without (demo mode) it stays in the built-in outbox ({@code IN_OUTBOX}) that
 * staff read at {@code /app/uitgaande-post}. Logs ids and error types only, never addresses.
 */
@Component
public class OutgoingMail {

    public enum State { QUEUED, SENT, FAILED, IN_OUTBOX }

    /** What the file and the outbox show of a mail. */
    public record MailState(UUID id, State state, int attempts, Instant createdAt, Instant lastAttemptAt,
            Instant sentAt, Instant nextAttemptAt, String lastError) {

        /** Sent (or kept in the demo outbox) after at least one failed attempt. */
        public boolean retried() {
            return attempts > 1;
        }
    }

    /** One row of the outbox page: the recipient masked, the subject and body as sent. */
    public record OutboxEntry(MailState mail, String maskedRecipient, String subject, String body, String municipality) {
    }

    static final EncryptedColumn RECIPIENT = EncryptedColumn.text("register", "outgoing_mail", "recipient_enc");
    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);
    /** Waits after the 1st, 2nd, … failed attempt; the last repeats. */
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1));

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String from;

    OutgoingMail(JdbcClient jdbc, RegisterKeys cipher, ObjectProvider<JavaMailSender> sender,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${ienline.register.mail.from:noreply@ienline.example}") String from) {
        this.jdbc = jdbc;
        this.cipher = cipher.cipher();
        this.sender = sender;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
    }

    /** Writes the mail in the current transaction and sends it once that has committed. */
    void queue(UUID noticeId, String municipality, String recipient, String subject, String body, Instant at) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO register.outgoing_mail (id, notice_id, municipality, recipient_enc, subject, body, state,
                    created_at, next_attempt_at)
                VALUES (:id, :notice, :municipality, :recipient, :subject, :body, 'QUEUED', :at, :at)""")
                .param("id", id).param("notice", noticeId).param("municipality", municipality)
                .param("recipient", cipher.encrypt(recipient, RECIPIENT.at(id))).param("subject", subject)
                .param("body", body).param("at", now).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    attempt(id);
                }
            });
        } else {
            attempt(id);
        }
    }

    @Scheduled(initialDelayString = "${ienline.register.mail.retry-every:PT1M}",
            fixedDelayString = "${ienline.register.mail.retry-every:PT1M}")
    @SchedulerLock(name = "register-mail-retry", lockAtMostFor = "PT10M") // once per schedule across nodes (ADR 0021)
    void retryJob() {
        retryDue();
    }

    /** The job: every queued or failed mail whose wait is over gets another attempt; returns how many went out. */
    public int retryDue() {
        List<UUID> due = jdbc.sql("""
                SELECT id FROM register.outgoing_mail WHERE state IN ('QUEUED', 'FAILED') AND next_attempt_at <= :now
                ORDER BY next_attempt_at LIMIT 100""")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).query(UUID.class).list();
        int sent = 0;
        for (UUID id : due) {
            sent += attempt(id) ? 1 : 0;
        }
        return sent;
    }

    /** One attempt in its own transaction, the row locked (another node skips it); never throws. */
    boolean attempt(UUID id) {
        try {
            Boolean ok = ownTransaction.execute(status -> sendLocked(id));
            return Boolean.TRUE.equals(ok);
        } catch (RuntimeException e) {
            log.warn("Outgoing mail {} could not be attempted: {}", id, e.getClass().getSimpleName());
            return false;
        }
    }

    private boolean sendLocked(UUID id) {
        record Row(String recipient, String subject, String body, int attempts) {
        }
        Optional<Row> row = jdbc.sql("""
                SELECT recipient_enc, subject, body, attempts FROM register.outgoing_mail
                WHERE id = :id AND state IN ('QUEUED', 'FAILED') FOR UPDATE SKIP LOCKED""")
                .param("id", id)
                .query((rs, n) -> new Row(cipher.decrypt(rs.getString(1), RECIPIENT.at(id)), rs.getString(2),
                        rs.getString(3), rs.getInt(4)))
                .optional();
        if (row.isEmpty()) {
            return false; // sent already, or another node is on it
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int attempts = row.get().attempts() + 1;
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            jdbc.sql("""
                    UPDATE register.outgoing_mail SET state = 'IN_OUTBOX', attempts = :n, last_attempt_at = :now,
                        sent_at = :now, last_error = NULL WHERE id = :id""")
                    .param("id", id).param("n", attempts).param("now", now).update();
            return true;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(row.get().recipient());
            message.setSubject(row.get().subject());
            message.setText(row.get().body());
            mail.send(message);
        } catch (RuntimeException failed) {
            Duration wait = BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1);
            jdbc.sql("""
                    UPDATE register.outgoing_mail SET state = 'FAILED', attempts = :n, last_attempt_at = :now,
                        next_attempt_at = :next, last_error = :error WHERE id = :id""")
                    .param("id", id).param("n", attempts).param("now", now).param("next", now.plus(wait))
                    .param("error", failed.getClass().getSimpleName()).update();
            log.warn("Outgoing mail {} failed (attempt {}, {}); next attempt in {}", id, attempts,
                    failed.getClass().getSimpleName(), wait);
            return false;
        }
        jdbc.sql("""
                UPDATE register.outgoing_mail SET state = 'SENT', attempts = :n, last_attempt_at = :now, sent_at = :now,
                    last_error = NULL WHERE id = :id""")
                .param("id", id).param("n", attempts).param("now", now).update();
        return true;
    }

    /** The mail that announced a notice, if one was sent for it. */
    Optional<MailState> stateOf(UUID noticeId) {
        return jdbc.sql("SELECT * FROM register.outgoing_mail WHERE notice_id = :id").param("id", noticeId)
                .query((rs, n) -> state(rs)).optional();
    }

    /** The newest mails of these municipalities, recipient masked (the full address is on the file, logged). */
    List<OutboxEntry> newest(String[] municipalities, int limit) {
        return jdbc.sql("""
                SELECT * FROM register.outgoing_mail WHERE municipality = ANY(:scope)
                ORDER BY created_at DESC, id LIMIT :limit""")
                .param("scope", municipalities).param("limit", limit)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new OutboxEntry(state(rs), mask(cipher.decrypt(rs.getString("recipient_enc"),
                            RECIPIENT.at(id))), rs.getString("subject"), rs.getString("body"),
                            rs.getString("municipality"));
                }).list();
    }

    /** {@code r•••@example.nl}: enough to recognise a mail, not to learn the address. */
    static String mask(String address) {
        int at = address.lastIndexOf('@');
        return at < 1 ? "•••" : address.charAt(0) + "•••" + address.substring(at);
    }

    private static MailState state(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MailState(rs.getObject("id", UUID.class), State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs, "created_at"), instant(rs, "last_attempt_at"), instant(rs, "sent_at"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
