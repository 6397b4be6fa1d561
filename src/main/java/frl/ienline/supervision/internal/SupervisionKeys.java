package frl.ienline.supervision.internal;

import frl.ienline.platform.crypto.BlindIndex;
import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.FieldCipher;
import frl.ienline.platform.crypto.LegacyFormat;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Supervision on the key kit (ADR 0012, ADR 0016): its encrypted columns, each value bound to its table, column and
 * row; the blind index of a person's key in the enforcement history, with its key id; and — only to find history
 * recorded before the kit — the pre-kit person key (an HMAC without purpose under the old blind index key).
 * Values written before the kit (bound to the key id only) stay readable ({@link LegacyFormat#KEY_ID_AAD}); the
 * dismissal note, stored in plain text before, is encrypted from now on and by the re-encryption job.
 */
public final class SupervisionKeys {

    static final String PERSON_PURPOSE = "supervision-person";

    static EncryptedColumn column(String table, String column) {
        return EncryptedColumn.text("supervision", table, column).readingLegacy(LegacyFormat.KEY_ID_AAD);
    }

    static final EncryptedColumn LEAD_SUMMARY = column("lead", "summary");
    static final EncryptedColumn LEAD_DISMISSAL_NOTE = EncryptedColumn.text("supervision", "lead", "dismissal_note")
            .readingLegacy(LegacyFormat.PLAINTEXT);
    static final EncryptedColumn CASE_TITLE = column("case_file", "title");
    static final EncryptedColumn ADDRESS = column("case_address", "address");
    static final EncryptedColumn PERSON_NAME = column("case_person", "working_name");
    static final EncryptedColumn PERSON_NATIONALITY = column("case_person", "nationality");
    static final EncryptedColumn CONTROL_LOCATION = column("control", "location");
    static final EncryptedColumn CONTROL_BROUGHT_BY = column("control", "brought_by");
    static final EncryptedColumn CONTROL_LANDLORD = column("control", "landlord");
    static final EncryptedColumn CONTROL_CONDITIONS = column("control", "working_conditions");
    static final EncryptedColumn CONTROL_OBSERVATIONS = column("control", "observations");
    static final EncryptedColumn ADDENDUM_TEXT = column("control_addendum", "text");
    static final EncryptedColumn ACTION_LABEL = column("enforcement_action", "subject_label");
    static final EncryptedColumn ACTION_DEVIATION = column("enforcement_action", "deviation_reason");

    /** Every encrypted column, for the re-encryption job. */
    static final List<EncryptedColumn> ENCRYPTED = List.of(LEAD_SUMMARY, LEAD_DISMISSAL_NOTE, CASE_TITLE, ADDRESS,
            PERSON_NAME, PERSON_NATIONALITY, CONTROL_LOCATION, CONTROL_BROUGHT_BY, CONTROL_LANDLORD,
            CONTROL_CONDITIONS, CONTROL_OBSERVATIONS, ADDENDUM_TEXT, ACTION_LABEL, ACTION_DEVIATION);

    private final FieldCipher cipher;
    private final BlindIndex index;
    private final SecretKeySpec legacyIndexKey;

    /**
     * @param legacyIndexKey the pre-kit blind index key (base64), or {@code null} when there is none: then history
     *                       recorded before the kit is not found for persons
     */
    SupervisionKeys(FieldCipher cipher, BlindIndex index, byte[] legacyIndexKey) {
        this.cipher = cipher;
        this.index = index;
        this.legacyIndexKey = legacyIndexKey == null ? null : new SecretKeySpec(legacyIndexKey, "HmacSHA256");
    }

    public FieldCipher cipher() {
        return cipher;
    }

    public BlindIndex index() {
        return index;
    }

    /** The ciphertext of a value of this column in this row, or {@code null} for {@code null}. */
    String encrypt(String plain, EncryptedColumn column, Object rowId) {
        return plain == null ? null : cipher.encrypt(plain, column.at(rowId));
    }

    /** The value of this column in this row, or {@code null} for {@code null}. */
    String decrypt(String stored, EncryptedColumn column, Object rowId) {
        return stored == null ? null : cipher.decrypt(stored, column.at(rowId));
    }

    /** A person's key in the region-wide enforcement history, as new steps store it. */
    String personKey(String subjectKey) {
        return "person:" + index.of(PERSON_PURPOSE, subjectKey);
    }

    /** Every key the person's earlier steps may be stored under: each configured key, and the pre-kit form. */
    List<String> personKeys(String subjectKey) {
        List<String> keys = new ArrayList<>();
        index.candidates(PERSON_PURPOSE, subjectKey).forEach(k -> keys.add("person:" + k));
        if (legacyIndexKey != null) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(legacyIndexKey);
                keys.add("person:" + HexFormat.of().formatHex(mac.doFinal(subjectKey.getBytes(StandardCharsets.UTF_8))));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }
}
