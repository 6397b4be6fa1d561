package frl.ienline.platform.crypto;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Key rotation, second half, for one module: moves every value of the declared encrypted columns that is not yet
 * in the kit's form under the current key (older keys, legacy forms, plaintext) to it, and every blind index not
 * under the current blind index key (or missing while its source value is there) to that key. After a run that reports nothing left, old keys can be removed.
 *
 * <p>Batched (keyset over the id column, {@value #BATCH} rows per query), idempotent, safe beside the running
 * application: each row is updated only if it still holds the value that was read. Runs on the {@link JdbcClient}
 * it is given, so support's columns are rewritten on the care role's own pool. A value that fails to decrypt is
 * counted and left; the log names table, column and counts, never values or row ids.
 *
 * <p>A module declares one as a bean; {@code NightlyReencryption} runs every such bean once the application has
 * started (so plaintext of before the kit is encrypted at once; {@code ienline.crypto.reencrypt-on-start=false}
 * turns that off) and each night ({@code ienline.crypto.reencrypt-cron}, default 03:40). A test may call {@link #run()}.
 */
public final class Reencryption {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);

    /**
     * @param moved     values re-encrypted (or encrypted for the first time)
     * @param reindexed blind indexes moved to the current key
     * @param failed    values or indexes that could not be moved (undecryptable, or no source value)
     */
    public record Result(int moved, int reindexed, int failed) {
    }

    private final String module;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final List<EncryptedColumn> columns;
    private final List<BlindIndexColumn> indexes;

    /**
     * @param jdbc    the connection the module's tables are written with (support: the care pool)
     * @param cipher  the module's cipher (its key ring names the module)
     * @param index   the module's blind index, or {@code null} when {@code indexes} is empty
     * @param columns every encrypted column of the module
     * @param indexes every blind-index column of the module
     */
    public Reencryption(JdbcClient jdbc, FieldCipher cipher, BlindIndex index, List<EncryptedColumn> columns,
            List<BlindIndexColumn> indexes) {
        this.module = cipher.keyRing().module();
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
        this.columns = List.copyOf(columns);
        this.indexes = List.copyOf(indexes);
        if (!this.indexes.isEmpty() && index == null) {
            throw new IllegalArgumentException("Blind index columns without a blind index (" + module + ")");
        }
    }

    public String module() {
        return module;
    }

    /** Moves everything to the current keys; answers what it did. */
    public Result run() {
        int moved = 0;
        int reindexed = 0;
        int failed = 0;
        for (EncryptedColumn column : columns) {
            int[] counts = column.kind() == EncryptedColumn.Kind.TEXT ? moveText(column) : moveBytes(column);
            moved += counts[0];
            failed += counts[1];
        }
        for (BlindIndexColumn column : indexes) {
            int[] counts = reindex(column);
            reindexed += counts[0];
            failed += counts[1];
        }
        if (moved + reindexed + failed > 0) {
            log.info("Key kit ({}): {} values moved to key {}, {} blind indexes to key {}, {} could not be moved", module,
                    moved, cipher.keyRing().currentKeyId(), reindexed,
                    index == null ? "-" : index.keyRing().currentBlindIndexKeyId(), failed);
        }
        return new Result(moved, reindexed, failed);
    }

    private record Row(Object id, Object value, String purpose) {
    }

    private int[] moveText(EncryptedColumn column) {
        String sql = "SELECT " + column.idColumn() + ", " + column.column() + ", NULL FROM " + column.qualifiedTable()
                + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " NOT LIKE :current";
        return walk(column, sql, "v1." + cipher.keyRing().currentKeyId() + ".%", row -> {
            String old = (String) row.value();
            return update(column, row.id(), old, cipher.reencrypt(old, column.at(row.id())));
        });
    }

    private int[] moveBytes(EncryptedColumn column) {
        String header = "v1." + cipher.keyRing().currentKeyId() + ".";
        String sql = "SELECT " + column.idColumn() + ", " + column.column() + ", NULL FROM " + column.qualifiedTable()
                + " WHERE " + column.column() + " IS NOT NULL AND substring(" + column.column() + " FROM 1 FOR "
                + header.length() + ") <> convert_to(:current, 'UTF8')";
        return walk(column, sql, header, row -> {
            byte[] old = (byte[]) row.value();
            return update(column, row.id(), old, cipher.reencrypt(old, column.at(row.id())));
        });
    }

    private int[] reindex(BlindIndexColumn target) {
        EncryptedColumn source = target.source();
        String purpose = target.purposeColumn() == null ? "NULL" : target.purposeColumn();
        String sql = "SELECT " + source.idColumn() + ", " + source.column() + ", " + purpose + " FROM "
                + source.qualifiedTable() + " WHERE " + source.column() + " IS NOT NULL AND (" + target.indexColumn()
                + " IS NULL OR " + target.indexColumn() + " NOT LIKE :current)";
        return walk(source, sql, index.keyRing().currentBlindIndexKeyId() + ".%", row -> {
            String normalised = target.normaliser().apply(cipher.decrypt((String) row.value(), source.at(row.id())));
            if (normalised == null || normalised.isEmpty()) {
                return SKIPPED; // nothing to index (an empty address, say): not a failure
            }
            String fresh = index.of(target.purpose() != null ? target.purpose() : row.purpose(), normalised);
            return jdbc.sql("UPDATE " + source.qualifiedTable() + " SET " + target.indexColumn() + " = :fresh WHERE "
                    + source.idColumn() + " = :id AND " + source.column() + " = :source AND (" + target.indexColumn()
                    + " IS NULL OR " + target.indexColumn() + " NOT LIKE :current)")
                    .param("fresh", fresh).param("id", row.id()).param("source", row.value())
                    .param("current", index.keyRing().currentBlindIndexKeyId() + ".%").update() == 1 ? DONE : FAILED;
        });
    }

    private static final int DONE = 1;
    private static final int SKIPPED = 0;
    private static final int FAILED = -1;

    private interface RowMove {
        int apply(Row row);
    }

    /** Keyset walk over the rows the query selects; a row that fails is skipped, counted and not selected again. */
    private int[] walk(EncryptedColumn column, String sql, String current, RowMove move) {
        int done = 0;
        int failed = 0;
        Object after = null;
        while (true) {
            String page = sql + (after == null ? "" : " AND " + column.idColumn() + " > :after")
                    + " ORDER BY " + column.idColumn() + " LIMIT " + BATCH;
            var statement = jdbc.sql(page).param("current", current);
            if (after != null) {
                statement = statement.param("after", after);
            }
            List<Row> rows = new ArrayList<>(statement.query((rs, n) ->
                    new Row(rs.getObject(1), rs.getObject(2), rs.getString(3))).list());
            if (rows.isEmpty()) {
                break;
            }
            for (Row row : rows) {
                try {
                    int outcome = move.apply(row);
                    if (outcome == DONE) {
                        done++;
                    } else if (outcome == FAILED) {
                        failed++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Key kit ({}): a value in {}.{} could not be moved: {}", module, column.qualifiedTable(),
                            column.column(), e.getClass().getSimpleName());
                }
            }
            after = rows.getLast().id();
        }
        return new int[] {done, failed};
    }

    private int update(EncryptedColumn column, Object id, Object old, Object fresh) {
        if (fresh == old) {
            return SKIPPED;
        }
        return jdbc.sql("UPDATE " + column.qualifiedTable() + " SET " + column.column() + " = :fresh WHERE "
                + column.idColumn() + " = :id AND " + column.column() + " = :old")
                .param("fresh", fresh).param("id", id).param("old", old).update() == 1 ? DONE : FAILED;
    }
}
