package frl.ienline.adintel.internal;

import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.ApiClient;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One import as its record holds it, for {@code GET /api/v1/advertenties/imports/{id}} (ADR 0025): state and
 * counts, no content. Who may import may read an import; a machine client only the imports it made itself.
 */
@Component
public class ImportRecords {

    /** What the import record holds; an import is stored only once complete, so its state is always COMPLETED. */
    public record ImportRecord(UUID id, String source, String status, Instant startedAt, Instant completedAt,
            long lines, long snapshotsRead, long newSnapshots, long repeatedSnapshots, long newAds) {
    }

    private final JdbcClient jdbc;
    private final AdImports imports;
    private final AccessRecorder access;

    ImportRecords(JdbcClient jdbc, AdImports imports, AccessRecorder access) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.access = access;
    }

    /** The import, or empty when there is none this actor may see (the same answer either way). */
    public Optional<ImportRecord> find(UUID id) {
        Actor actor = imports.checkMayImport();
        UUID onlyBy = actor instanceof ApiClient client ? client.id() : null;
        Optional<ImportRecord> found = jdbc.sql("""
                SELECT id, source_kind, status, started_at, completed_at, lines, snapshots_read, new_snapshots,
                       repeated_snapshots, new_ads
                FROM adintel.import WHERE id = :id AND (CAST(:by AS UUID) IS NULL OR imported_by_id = :by)
                """).param("id", id).param("by", onlyBy).query(ImportRecords::record).optional();
        access.record(AccessEvent.Action.VIEW, "ad-import", id, null, "ad-import-status",
                found.isPresent() ? AccessEvent.Result.ALLOWED : AccessEvent.Result.DENIED);
        return found;
    }

    private static ImportRecord record(ResultSet rs, int row) throws SQLException {
        return new ImportRecord(rs.getObject("id", UUID.class), rs.getString("source_kind"), rs.getString("status"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("completed_at").toInstant(),
                rs.getLong("lines"), rs.getLong("snapshots_read"), rs.getLong("new_snapshots"),
                rs.getLong("repeated_snapshots"), rs.getLong("new_ads"));
    }
}
