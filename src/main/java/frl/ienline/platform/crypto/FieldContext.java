package frl.ienline.platform.crypto;

import java.util.Set;

/**
 * Where a value lives: table, column and row id. The cipher binds every ciphertext to it as associated data
 * ({@code ienline.<module>:<table>.<column>:<row id>}), so a ciphertext copied to another row or column does not
 * decrypt. Made by {@link EncryptedColumn#at(Object)}, which also brings the legacy forms the column may hold.
 */
public record FieldContext(String table, String column, String rowId, Set<LegacyFormat> legacy) {

    public FieldContext {
        if (table == null || !EncryptedColumn.IDENTIFIER.matcher(table).matches()
                || column == null || !EncryptedColumn.IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("Invalid table or column for an encrypted field: " + table + "." + column);
        }
        if (rowId == null || rowId.isBlank()) {
            throw new IllegalArgumentException("An encrypted field needs the id of its row (" + table + "." + column + ")");
        }
        legacy = legacy == null ? Set.of() : Set.copyOf(legacy);
    }

    /** A context without legacy forms. */
    public static FieldContext of(String table, String column, Object rowId) {
        return new FieldContext(table, column, rowId == null ? null : rowId.toString(), Set.of());
    }

    String associatedData(String module) {
        return "ienline." + module + ":" + table + "." + column + ":" + rowId;
    }
}
