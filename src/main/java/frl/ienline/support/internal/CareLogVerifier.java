package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
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
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Walks the care log in sequence order through a server-side cursor ({@value #FETCH_SIZE} rows at a time,
 * one snapshot, SELECT only) and reports every break ({@link ChainCheck}): changed or forged entries, broken
 * links, gaps among keyed entries (form 1 drew its numbers from a sequence that skips on rollback, so
 * there only the links show a deletion), unkeyed entries after keyed ones, and differences from signed
 * checkpoints. Memory does not grow with the log.
 */
@Component
public class CareLogVerifier {

    /** The name of this log in checkpoints. */
    public static final String LOG = "care-log";

    static final int FETCH_SIZE = 1000;

    private final DataSource care;
    private final ChainKeys keys;

    CareLogVerifier(@Qualifier(CareCompartmentDatabase.DATA_SOURCE) DataSource care, CareLogKeys keys) {
        this.care = care;
        this.keys = keys.ring();
    }

    public ChainVerification verify(List<Checkpoint> checkpoints) {
        try (Connection connection = care.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement query = connection.prepareStatement(CareAccessLog.COLUMNS + " ORDER BY seq",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                query.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = query.executeQuery()) {
                    ChainCheck check = new ChainCheck(checkpoints);
                    while (rows.next()) {
                        CareLogEntry entry = CareAccessLog.read(rows);
                        check.add(entry.seq(), entry.previousForCheck(), entry.hash(), entry.keyed(), entry.keyed(),
                                content(entry));
                    }
                    return check.result();
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the care log to verify it: " + e.getMessage(), e);
        }
    }

    private Content content(CareLogEntry entry) {
        try {
            Optional<String> expected = entry.expectedMac(keys);
            if (expected.isEmpty()) {
                return Content.UNKNOWN_KEY;
            }
            return ChainMac.same(expected.get(), entry.hash()) ? Content.INTACT : Content.CHANGED;
        } catch (RuntimeException unreadable) { // a null field where the form needs one, an unknown form …
            return Content.CHANGED;
        }
    }
}
