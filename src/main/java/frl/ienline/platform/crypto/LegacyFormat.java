package frl.ienline.platform.crypto;

/**
 * Stored forms from before the kit that a column may still hold until {@link Reencryption} has rewritten it. A
 * column lists the ones it may contain ({@link EncryptedColumn#readingLegacy}); the cipher then reads them, and
 * writes only the kit's form. All use AES-256-GCM with a 12-byte nonce in front and a 16-byte tag behind.
 */
public enum LegacyFormat {

    /**
     * Support's {@code SupportKeys}: {@code v1:<key id>:<base64>}, associated data = the key id only. Told apart
     * from the kit's form by the colons.
     */
    SUPPORT_V1_COLON,

    /**
     * Supervision's {@code SupervisionCipher}: {@code v1.<key id>.<base64>}, associated data = the key id only.
     * The same shape as the kit's form: tried when the kit's associated data does not fit. Give the module a new
     * current key id when it adopts the kit, so the re-encryption job sees these values as old and moves them.
     */
    KEY_ID_AAD,

    /**
     * Identity's {@code SecretCipher}: {@code v1.<first 8 hex of sha256(key)>.<base64url>}, associated data = the
     * row id (the user id). Tried when the kit's associated data does not fit.
     */
    ROW_ID_AAD,

    /** No encryption yet: a value that is not in any ciphertext form is returned as it is (and encrypted by the job). */
    PLAINTEXT
}
