package frl.ienline.platform.logchain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Makes and keeps the signed checkpoints of one log: verifies the whole chain (against the checkpoints
 * kept so far), signs the verified head, keeps the checkpoint in the log's checkpoint table (for download)
 * and mails it when a mailbox and an SMTP server are configured. A broken chain is logged as an error and
 * named in the mail's subject: the alert. Only checkpoints with a valid signature of the current key are
 * compared with the chain — anyone who can insert into the table could add one. The mail holds the
 * checkpoint and counts only, never an entry.
 */
public final class CheckpointKeeper {

    private static final Logger log = LoggerFactory.getLogger(CheckpointKeeper.class);

    /** A made checkpoint and what the verification before it found. */
    public record Made(Checkpoint checkpoint, ChainVerification verification) {
    }

    /** A kept checkpoint, for a list on a page. */
    public record Kept(UUID id, Checkpoint checkpoint, long breaks) {
    }

    /** Where the checkpoints go by mail; {@code sender} null or no addresses: not mailed. */
    public record Mailing(JavaMailSender sender, List<String> to, String from, String logTitle) {
    }

    private final String logName;
    private final String table;
    private final JdbcClient jdbc;
    private final Function<List<Checkpoint>, ChainVerification> verifier;
    private final CheckpointSigner signer;
    private final Clock clock;

    /**
     * @param table    the checkpoint table (id, seq, head, created_at, public_key, signature, breaks), a constant
     * @param verifier verifies the log against the given checkpoints
     */
    public CheckpointKeeper(String logName, String table, JdbcClient jdbc,
            Function<List<Checkpoint>, ChainVerification> verifier, CheckpointSigner signer, Clock clock) {
        if (!table.matches("[a-z_]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("A checkpoint table is schema.table: " + table);
        }
        this.logName = logName;
        this.table = table;
        this.jdbc = jdbc;
        this.verifier = verifier;
        this.signer = signer;
        this.clock = clock;
    }

    /** Verifies, signs the verified head, keeps and mails the checkpoint. */
    public Made make(Mailing mailing) {
        ChainVerification verification = verifier.apply(signed());
        Checkpoint checkpoint = signer.sign(logName, verification.headSeq(), verification.headHash(), clock.instant());
        jdbc.sql("INSERT INTO " + table + " (id, seq, head, created_at, public_key, signature, breaks)"
                + " VALUES (:id, :seq, :head, :at, :key, :signature, :breaks)")
                .param("id", UUID.randomUUID()).param("seq", checkpoint.seq()).param("head", checkpoint.head())
                .param("at", checkpoint.createdAt().atOffset(ZoneOffset.UTC)).param("key", checkpoint.publicKey())
                .param("signature", checkpoint.signature()).param("breaks", verification.totalBreaks()).update();
        if (verification.intact()) {
            log.info("Checkpoint of the {} at entry {} (key {}): {}", logName, checkpoint.seq(), signer.fingerprint(),
                    verification.summary());
        } else {
            log.error("The {}'s chain is broken ({} problems); checkpoint at entry {} made anyway. {}", logName,
                    verification.totalBreaks(), checkpoint.seq(), verification.summary());
        }
        mail(mailing, checkpoint, verification);
        return new Made(checkpoint, verification);
    }

    /** Every kept checkpoint with a valid signature of the current key. */
    public List<Checkpoint> signed() {
        List<Checkpoint> kept = jdbc.sql(SELECT + table).query((rs, n) -> kept(rs).checkpoint()).list();
        List<Checkpoint> signed = kept.stream().filter(c -> CheckpointSigner.verifies(c, signer.publicKey())).toList();
        if (signed.size() < kept.size()) {
            log.warn("{} kept checkpoint(s) of the {} do not carry a valid signature of the current key {}; they are"
                    + " not compared with the chain", kept.size() - signed.size(), logName, signer.fingerprint());
        }
        return signed;
    }

    /** The newest kept checkpoints first. */
    public List<Kept> recent(int limit) {
        return jdbc.sql(SELECT + table + " ORDER BY created_at DESC, seq DESC LIMIT :limit").param("limit", limit)
                .query((rs, n) -> kept(rs)).list();
    }

    public Optional<Checkpoint> byId(UUID id) {
        return jdbc.sql(SELECT + table + " WHERE id = :id").param("id", id).query((rs, n) -> kept(rs).checkpoint())
                .optional();
    }

    public String fingerprint() {
        return signer.fingerprint();
    }

    private static final String SELECT = "SELECT id, seq, head, created_at, public_key, signature, breaks FROM ";

    private Kept kept(ResultSet rs) throws SQLException {
        return new Kept(rs.getObject("id", UUID.class), new Checkpoint(logName, rs.getLong("seq"), rs.getString("head"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("public_key"),
                rs.getString("signature")), rs.getLong("breaks"));
    }

    private void mail(Mailing mailing, Checkpoint checkpoint, ChainVerification verification) {
        if (mailing == null || mailing.sender() == null || mailing.to().isEmpty()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mailing.from());
        message.setTo(mailing.to().toArray(String[]::new));
        message.setSubject(subject(mailing.logTitle(), checkpoint, verification));
        message.setText(body(mailing.logTitle(), checkpoint, verification));
        try {
            mailing.sender().send(message);
        } catch (MailException e) {
            log.warn("Could not mail the checkpoint of the {} at entry {}: {}", logName, checkpoint.seq(),
                    e.getClass().getSimpleName());
        }
    }

    static String subject(String logTitle, Checkpoint checkpoint, ChainVerification verification) {
        return "ienline " + logTitle + ": controlepunt " + checkpoint.seq()
                + (verification.intact() ? " (keten intact)" : " — KETEN VERBROKEN (" + verification.totalBreaks() + ")");
    }

    static String body(String logTitle, Checkpoint checkpoint, ChainVerification verification) {
        return """
                Dit is een ondertekend controlepunt van het %s van ienline. Bewaar deze e-mail (of het bestand
                hieronder) buiten ienline: wie het log later met dit controlepunt controleert, ziet of er na dit
                moment regels aan het eind zijn weggehaald of herschreven.
                This is a signed checkpoint of one of ienline's logs. Keep it outside ienline.

                Controle vooraf / verification before signing: %s
                Sleutel / key fingerprint: %s

                %s""".formatted(logTitle, verification.intact() ? "intact" : verification.totalBreaks() + " problem(s)",
                CheckpointSigner.fingerprint(checkpoint.publicKey()), checkpoint.text());
    }
}
