package frl.ienline.audit.internal;

import frl.ienline.audit.internal.ChainVerification.Break;
import frl.ienline.audit.internal.ChainVerification.Kind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Recomputes the chain from entry 1 in sequence order and reports the first entry where it breaks. Streams
 * through a server-side cursor (one snapshot, {@value #FETCH_SIZE} rows at a time), so memory does not grow
 * with the log. Needs nothing but SELECT: the web page and the {@code audit verify} command both run it as
 * the application role. Works without Spring, on any {@link DataSource}.
 */
@Component
public class ChainVerifier {

    static final int FETCH_SIZE = 1000;

    private static final String ENTRIES_IN_ORDER = """
            SELECT seq, id, format, occurred_at, actor_id, actor_name, actor_roles, actor_organisation, action,
                   object_type, object_id, subject_pseudonym, purpose, result, prev_hash, hash
            FROM audit.access_log
            ORDER BY seq
            """;

    private final DataSource dataSource;

    public ChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ChainVerification verify() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement query = connection.prepareStatement(ENTRIES_IN_ORDER, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                query.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = query.executeQuery()) {
                    return walk(rows);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the access log to verify it: " + e.getMessage(), e);
        }
    }

    private static ChainVerification walk(ResultSet rows) throws SQLException {
        long expected = 1;
        long intact = 0;
        String previousHash = ChainHash.GENESIS;
        while (rows.next()) {
            long seq = rows.getLong("seq");
            if (seq != expected) {
                Break problem = seq > expected
                        ? new Break(expected, Kind.GAP, seq - expected == 1 ? "entry " + expected + " is missing"
                                : "entries " + expected + ".." + (seq - 1) + " are missing")
                        : new Break(seq, Kind.DUPLICATE, "sequence number " + seq + " occurs more than once");
                return new ChainVerification(intact, expected - 1, previousHash, problem);
            }
            String storedPrevious = rows.getString("prev_hash");
            if (!previousHash.equals(storedPrevious)) {
                return new ChainVerification(intact, expected - 1, previousHash, new Break(seq, Kind.LINK_BROKEN,
                        seq == 1 ? "the first entry does not start from the genesis value"
                                : "the previous-hash field does not match the hash of entry " + (seq - 1)));
            }
            String storedHash = rows.getString("hash");
            String recomputed;
            try {
                recomputed = ChainHash.of(storedPrevious, read(rows));
            } catch (IllegalArgumentException unreadable) {
                recomputed = null;
            }
            if (recomputed == null || !recomputed.equals(storedHash)) {
                return new ChainVerification(intact, expected - 1, previousHash, new Break(seq, Kind.CONTENT_CHANGED,
                        recomputed == null ? "the entry can no longer be read as written"
                                : "the stored hash does not match the entry's fields"));
            }
            previousHash = storedHash;
            intact++;
            expected++;
        }
        return new ChainVerification(intact, expected - 1, previousHash, null);
    }

    static AccessLogEntry read(ResultSet rows) throws SQLException {
        OffsetDateTime occurredAt = rows.getObject("occurred_at", OffsetDateTime.class);
        return new AccessLogEntry(rows.getLong("seq"), rows.getObject("id", UUID.class), rows.getInt("format"),
                occurredAt == null ? null : occurredAt.toInstant(), rows.getObject("actor_id", UUID.class),
                rows.getString("actor_name"), rows.getString("actor_roles"), rows.getString("actor_organisation"),
                rows.getString("action"), rows.getString("object_type"), rows.getString("object_id"),
                rows.getString("subject_pseudonym"), rows.getString("purpose"), rows.getString("result"),
                rows.getString("prev_hash"), rows.getString("hash"));
    }
}
