package frl.ienline.platform.crypto;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The declaration of one encrypted column: where it is (schema, table, the row's id column), whether it holds text
 * or bytes, and which {@link LegacyFormat}s it may still contain. A module keeps these as constants, uses
 * {@link #at(Object)} for every read and write, and hands the list to {@link Reencryption}.
 *
 * <pre>{@code
 * static final EncryptedColumn NOTE = EncryptedColumn.text("support", "care_contact", "note_enc")
 *         .readingLegacy(LegacyFormat.SUPPORT_V1_COLON);
 * cipher.encrypt(note, NOTE.at(contactId));
 * }</pre>
 */
public record EncryptedColumn(String schema, String table, String idColumn, String column, Kind kind,
        Set<LegacyFormat> legacy) {

    static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** Text ({@code TEXT}, the ciphertext in base64) or bytes ({@code BYTEA}, the ciphertext raw). */
    public enum Kind { TEXT, BYTES }

    public EncryptedColumn {
        for (String name : new String[] {schema, table, idColumn, column}) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("Invalid SQL identifier in an encrypted column: '" + name + "'");
            }
        }
        if (kind == null) {
            throw new IllegalArgumentException("An encrypted column needs a kind (TEXT or BYTES)");
        }
        legacy = legacy == null || legacy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(legacy));
    }

    /** A text column whose row id is in column {@code id}. */
    public static EncryptedColumn text(String schema, String table, String column) {
        return new EncryptedColumn(schema, table, "id", column, Kind.TEXT, Set.of());
    }

    /** A bytea column (documents) whose row id is in column {@code id}. */
    public static EncryptedColumn bytes(String schema, String table, String column) {
        return new EncryptedColumn(schema, table, "id", column, Kind.BYTES, Set.of());
    }

    /** The same column with another id column. */
    public EncryptedColumn identifiedBy(String idColumn) {
        return new EncryptedColumn(schema, table, idColumn, column, kind, legacy);
    }

    /** The same column, also reading these older forms until the re-encryption job has rewritten them. */
    public EncryptedColumn readingLegacy(LegacyFormat... formats) {
        Set<LegacyFormat> all = EnumSet.noneOf(LegacyFormat.class);
        all.addAll(legacy);
        all.addAll(Set.of(formats));
        return new EncryptedColumn(schema, table, idColumn, column, kind, all);
    }

    /** The context of this column in the row with id {@code rowId}. */
    public FieldContext at(Object rowId) {
        return new FieldContext(table, column, rowId == null ? null : rowId.toString(), legacy);
    }

    /** {@code schema.table}, for SQL. */
    public String qualifiedTable() {
        return schema + "." + table;
    }
}
