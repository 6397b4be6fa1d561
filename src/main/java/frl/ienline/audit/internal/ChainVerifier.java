package frl.ienline.audit.internal;

import frl.ienline.platform.logchain.ChainCheck;
import frl.ienline.platform.logchain.ChainCheck.Content;
import frl.ienline.platform.logchain.ChainKeys;
import frl.ienline.platform.logchain.ChainMac;
import frl.ienline.platform.logchain.ChainVerification;
import frl.ienline.platform.logchain.Checkpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Recomputes the chain from entry 1 in sequence order and reports every break ({@link ChainCheck}): a
 * changed or forged entry, a broken link, a gap, a duplicate, an unkeyed entry after keyed ones, an
 * unknown key, and — given checkpoints — an entry that differs from a signed checkpoint or entries cut
 * off the end. Streams through a server-side cursor (one snapshot, {@value #FETCH_SIZE} rows at a time), so
 * memory does not grow with the log. Needs nothing but SELECT: the web page and the {@code audit verify}
 * command both run it as the application role. Works without Spring, on any {@link DataSource}.
 */
@Component
public class ChainVerifier {

    /** The name of this log in checkpoints. */
    public static final String LOG = "access-log";

    static final int FETCH_SIZE = 1000;

    private static final String ENTRIES_IN_ORDER = """
            SELECT seq, id, format, occurred_at, actor_id, actor_name, actor_roles, actor_organisation, action,
                   object_type, object_id, subject_pseudonym, purpose, result, municipality, key_id, prev_hash, hash
            FROM audit.access_log
            ORDER BY seq
            """;

    private final DataSource dataSource;
    private final ChainKeys keys;

    public ChainVerifier(DataSource dataSource, ChainKeys keys) {
        this.dataSource = dataSource;
        this.keys = keys;
    }

    @Autowired
    ChainVerifier(DataSource dataSource, AccessLogKeys keys) {
        this(dataSource, keys.ring());
    }

    public ChainVerification verify() {
        return verify(List.of());
    }

    /** Verifies the chain and compares it with {@code checkpoints} of this log. */
    public ChainVerification verify(List<Checkpoint> checkpoints) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement query = connection.prepareStatement(ENTRIES_IN_ORDER, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                query.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = query.executeQuery()) {
                    ChainCheck check = new ChainCheck(checkpoints);
                    while (rows.next()) {
                        check.add(rows.getLong("seq"), rows.getString("prev_hash"), rows.getString("hash"),
                                rows.getInt("format") >= CanonicalForm.KEYED, true, content(rows));
                    }
                    return check.result();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the access log to verify it: " + e.getMessage(), e);
        }
    }

    private Content content(ResultSet rows) throws SQLException {
        try {
            AccessLogEntry entry = read(rows);
            Optional<String> recomputed = ChainHash.of(entry.previousHash(), entry, keys);
            if (recomputed.isEmpty()) {
                return Content.UNKNOWN_KEY;
            }
            return ChainMac.same(recomputed.get(), entry.hash()) ? Content.INTACT : Content.CHANGED;
        } catch (IllegalArgumentException unreadable) {
            return Content.CHANGED; // no longer readable as written: an unknown form, a bad previous MAC …
        }
    }

    static AccessLogEntry read(ResultSet rows) throws SQLException {
        OffsetDateTime occurredAt = rows.getObject("occurred_at", OffsetDateTime.class);
        return new AccessLogEntry(rows.getLong("seq"), rows.getObject("id", UUID.class), rows.getInt("format"),
                occurredAt == null ? null : occurredAt.toInstant(), rows.getObject("actor_id", UUID.class),
                rows.getString("actor_name"), rows.getString("actor_roles"), rows.getString("actor_organisation"),
                rows.getString("action"), rows.getString("object_type"), rows.getString("object_id"),
                rows.getString("subject_pseudonym"), rows.getString("purpose"), rows.getString("result"),
                rows.getString("municipality"), rows.getString("key_id"), rows.getString("prev_hash"),
                rows.getString("hash"));
    }
}
