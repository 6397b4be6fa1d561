package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves client identifiers indexed under an old blind index key to the current key, so the old key can be
 * removed from {@code support.keys}. Runs nightly after reloading the key file (so a rotation needs no
 * restart), and can be run by hand. Logs only counts and key ids, never an identifier.
 */
@Component
public class BlindIndexRotation {

    private static final Logger LOG = LoggerFactory.getLogger(BlindIndexRotation.class);
    private static final int BATCH = 500;

    /**
     * @param moved    rows now under the current key
     * @param stranded rows that stay under an old key because their value is gone (no encrypted copy and no
     *                 report left); they disappear when their alert expires
     */
    public record Result(String currentKey, int moved, int stranded, Map<String, Integer> rowsByKey, Set<String> removableKeys) {
    }

    private record Row(UUID alertId, String kind, String blindIndex, String keyId, String valueEnc, String reportIdentifiersEnc) {
    }

    private final CareJdbc db;
    private final SupportKeys keys;
    private final JsonMapper json = JsonMapper.builder().build();

    BlindIndexRotation(CareJdbc db, SupportKeys keys) {
        this.db = db;
        this.keys = keys;
    }

    @Scheduled(cron = "${ienline.support.keys.reindex-cron:0 45 3 * * *}", zone = "${ienline.time-zone:Europe/Amsterdam}")
    void nightly() {
        keys.reloadBlindIndexKeys();
        Result result = reindex();
        LOG.info("Support blind index: current key {}, {} rows moved, {} stranded, rows by key {}, removable keys {}",
                result.currentKey(), result.moved(), result.stranded(), result.rowsByKey(), result.removableKeys());
    }

    /** Re-indexes every row that is not under the current key. */
    @Transactional(CareCompartmentDatabase.TRANSACTIONS)
    public Result reindex() {
        String current = keys.currentBlindIndexKeyId();
        int moved = 0;
        int stranded = 0;
        while (true) {
            List<Row> rows = db.query("""
                    SELECT i.alert_id, i.kind, i.blind_index, i.blind_key_id, i.value_enc, r.identifiers_enc
                    FROM support.alert_identifier i
                    JOIN support.alert a ON a.id = i.alert_id
                    LEFT JOIN support.incident_report r ON r.id = a.report_id
                    WHERE i.blind_key_id <> :current
                    ORDER BY i.alert_id, i.kind, i.blind_index LIMIT :batch OFFSET :skipped""")
                    .param("current", current).param("batch", BATCH).param("skipped", stranded)
                    .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)))
                    .list();
            if (rows.isEmpty()) {
                break;
            }
            for (Row row : rows) {
                Optional<String> value = value(row);
                if (value.isEmpty()) {
                    stranded++;
                    continue;
                }
                BlindIndex index = keys.blindIndex(row.kind(), value.get());
                db.query("""
                        UPDATE support.alert_identifier SET blind_index = :index, blind_key_id = :keyId,
                            value_enc = coalesce(value_enc, :value)
                        WHERE alert_id = :alert AND kind = :kind AND blind_index = :old AND blind_key_id = :oldKey""")
                        .param("index", index.value()).param("keyId", index.keyId()).param("value", keys.encrypt(value.get()))
                        .param("alert", row.alertId()).param("kind", row.kind()).param("old", row.blindIndex())
                        .param("oldKey", row.keyId()).update();
                moved++;
            }
        }
        return new Result(current, moved, stranded, rowsByKey(), removableKeys());
    }

    /** The identifier in the clear: from its own encrypted copy, or else from the linked report. */
    private Optional<String> value(Row row) {
        if (row.valueEnc() != null) {
            return Optional.of(keys.decrypt(row.valueEnc()));
        }
        if (row.reportIdentifiersEnc() == null || !keys.blindIndexKeyIds().contains(row.keyId())) {
            return Optional.empty();
        }
        Map<String, String> identifiers = json.readValue(keys.decrypt(row.reportIdentifiersEnc()),
                new TypeReference<Map<String, String>>() {
                });
        String candidate = identifiers.get(row.kind());
        if (candidate == null) {
            return Optional.empty();
        }
        // only if the report's identifier is the one this row indexes (the moderator may have changed nothing, but check)
        boolean same = keys.blindIndexesUnderEveryKey(row.kind(), candidate).stream()
                .anyMatch(i -> i.keyId().equals(row.keyId()) && i.value().equals(row.blindIndex()));
        return same ? Optional.of(candidate) : Optional.empty();
    }

    /** How many identifier rows each key id still indexes. */
    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public Map<String, Integer> rowsByKey() {
        Map<String, Integer> counts = new TreeMap<>();
        db.query("SELECT blind_key_id, count(*) FROM support.alert_identifier GROUP BY blind_key_id")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** Configured keys that are not current and index no row any more: these lines can go from the key file. */
    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public Set<String> removableKeys() {
        Map<String, Integer> inUse = rowsByKey();
        Set<String> removable = new TreeSet<>(keys.blindIndexKeyIds());
        removable.remove(keys.currentBlindIndexKeyId());
        removable.removeAll(inUse.keySet());
        return removable;
    }
}
