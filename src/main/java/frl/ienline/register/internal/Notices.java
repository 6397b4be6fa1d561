package frl.ienline.register.internal;

import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.FieldCipher;
import frl.ienline.shared.NotFound;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notices in a file (issue 16, ADR 0023): {@link #issue} is called inside the step's transaction, stores the
 * notice (its values encrypted) and, for an online application with an e-mail address, queues one mail in the
 * outbox ({@link OutgoingMail}) that says only that there is a message and where to read it. Callers have checked
 * role and scope; this class only stores and reads.
 */
@Component
public class Notices {

    static final EncryptedColumn ARGS = EncryptedColumn.text("register", "notice", "args_enc");
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** One notice as the applicant reads it, with the mail that announced it (state for the officer's file). */
    public record Notice(UUID id, UUID applicationId, NoticeKind kind, String variant, List<String> args,
            Instant createdAt, Instant readAt, OutgoingMail.MailState mail) {

        /** The bundle key of the title or the body: {@code register.notice.KIND[.VARIANT].part}. */
        public String key(String part) {
            return "register.notice." + kind.name() + (variant == null ? "" : "." + variant) + "." + part;
        }

        public Object[] argArray() {
            return args.toArray();
        }
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final ApplicantContacts contacts;
    private final OutgoingMail outbox;
    private final MessageSource messages;
    private final String baseUrl;

    Notices(JdbcClient jdbc, RegisterKeys cipher, JsonMapper json, ApplicantContacts contacts, OutgoingMail outbox,
            MessageSource messages, @Value("${ienline.register.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.cipher = cipher.cipher();
        this.json = json;
        this.contacts = contacts;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Stores the notice and queues its mail (sent after commit); returns the notice id. */
    public UUID issue(LicenceApplication application, NoticeKind kind, String variant, Instant at, Object... args) {
        UUID id = UUID.randomUUID();
        List<String> values = Arrays.stream(args).map(Notices::text).toList();
        jdbc.sql("""
                INSERT INTO register.notice (id, application_id, kind, variant, args_enc, created_at)
                VALUES (:id, :application, :kind, :variant, :args, :at)""")
                .param("id", id).param("application", application.id()).param("kind", kind.name())
                .param("variant", variant)
                .param("args", cipher.encrypt(json.writeValueAsString(values), ARGS.at(id)))
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
        if (application.channel() == LicenceApplication.Channel.ONLINE) {
            // only an online applicant has a follow-up code to read the notice with; paper notices go by post
            contacts.of(application.id()).map(ContactDetails::email).ifPresent(email -> {
                String reference = application.reference().value();
                String link = baseUrl + "/aanvragen/berichten/" + id;
                String subject = messages.getMessage("register.mail.subject", new Object[] {reference},
                        java.util.Locale.forLanguageTag("nl"));
                String body = messages.getMessage("register.mail.body", new Object[] {reference, link},
                        java.util.Locale.forLanguageTag("nl"));
                outbox.queue(id, application.municipality().value(), email, subject, body, at);
            });
        }
        return id;
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");

    private static String text(Object value) {
        return value == null ? "" : value instanceof java.time.LocalDate date ? DAY.format(date) : value.toString();
    }

    /** The notices of a file, newest first, with the state of their mail. */
    public List<Notice> of(UUID applicationId) {
        return jdbc.sql("SELECT * FROM register.notice WHERE application_id = :id ORDER BY created_at DESC, id")
                .param("id", applicationId).query((rs, n) -> map(rs)).list();
    }

    public Optional<Notice> byId(UUID noticeId) {
        return jdbc.sql("SELECT * FROM register.notice WHERE id = :id").param("id", noticeId)
                .query((rs, n) -> map(rs)).optional();
    }

    /** The applicant opened it: the first time is kept. */
    void markRead(UUID noticeId, Instant at) {
        jdbc.sql("UPDATE register.notice SET read_at = :at WHERE id = :id AND read_at IS NULL").param("id", noticeId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** A notice of this application, or 404 (never whether it exists for another one). */
    Notice ofApplication(UUID applicationId, UUID noticeId) {
        return byId(noticeId).filter(n -> n.applicationId().equals(applicationId))
                .orElseThrow(() -> new NotFound("notice"));
    }

    private Notice map(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<String> args = json.readValue(cipher.decrypt(rs.getString("args_enc"), ARGS.at(id)), STRINGS);
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new Notice(id, rs.getObject("application_id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("variant"), args, rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant(), outbox.stateOf(id).orElse(null));
    }
}
