package frl.ienline.platform.crypto;

import java.util.function.UnaryOperator;

/**
 * The declaration of one blind-index column, so {@link Reencryption} can move its rows to the current blind index
 * key: the index is recomputed from the decrypted {@code source} column of the same row, normalised as when it
 * was written. The purpose is fixed, or read per row from {@code purposeColumn} (support indexes several kinds
 * of identifier in one column).
 *
 * @param source        the encrypted column of the same table holding the indexed value
 * @param indexColumn   the column holding {@code <key id>.<hex>}
 * @param purpose       the purpose the index was made with, or {@code null} when {@code purposeColumn} names it
 * @param purposeColumn a column of the row holding the purpose, or {@code null}
 * @param normaliser    the decrypted value → what was indexed ({@code null}: nothing to index)
 */
public record BlindIndexColumn(EncryptedColumn source, String indexColumn, String purpose, String purposeColumn,
        UnaryOperator<String> normaliser) {

    public BlindIndexColumn {
        if (source == null || source.kind() != EncryptedColumn.Kind.TEXT) {
            throw new IllegalArgumentException("A blind index needs an encrypted text column as its source");
        }
        if (indexColumn == null || !EncryptedColumn.IDENTIFIER.matcher(indexColumn).matches()) {
            throw new IllegalArgumentException("Invalid blind index column '" + indexColumn + "'");
        }
        if ((purpose == null) == (purposeColumn == null)
                || (purposeColumn != null && !EncryptedColumn.IDENTIFIER.matcher(purposeColumn).matches())) {
            throw new IllegalArgumentException("A blind index column needs either a fixed purpose or a purpose column");
        }
        if (normaliser == null) {
            normaliser = UnaryOperator.identity();
        }
    }

    /** An index column with one purpose, recomputed from {@code source}. */
    public static BlindIndexColumn of(EncryptedColumn source, String indexColumn, String purpose,
            UnaryOperator<String> normaliser) {
        return new BlindIndexColumn(source, indexColumn, purpose, null, normaliser);
    }
}
