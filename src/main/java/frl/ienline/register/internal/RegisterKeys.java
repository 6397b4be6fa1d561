package frl.ienline.register.internal;

import frl.ienline.platform.crypto.BlindIndex;
import frl.ienline.platform.crypto.BlindIndexColumn;
import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.FieldCipher;
import frl.ienline.platform.crypto.KeyRing;
import frl.ienline.platform.crypto.LegacyFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * The register on the key kit (ADR 0012, ADR 0024; review 2026-12 M4): operator and manager names and dates of
 * birth, Bibob findings (art. 10 UAVG), view and decision texts, request questions and answers, and uploaded
 * documents with their names are encrypted, each value bound to its table, column and row. Names are found through a
 * keyed blind index of {@link Person#nameKey}; the date of birth is compared after decryption. Values stored in
 * plain text before V230 stay readable ({@link LegacyFormat#PLAINTEXT}) until the kit's re-encryption job (at
 * start-up and nightly) has encrypted them in place.
 */
public final class RegisterKeys {

    static final String NAME_PURPOSE = "register-name";

    static EncryptedColumn column(String table, String column) {
        return EncryptedColumn.text("register", table, column).readingLegacy(LegacyFormat.PLAINTEXT);
    }

    static final EncryptedColumn OPERATOR_NAME = column("application", "operator_name");
    static final EncryptedColumn OPERATOR_BIRTH_DATE = column("application", "operator_birth_date");
    static final EncryptedColumn BIBOB_SUMMARY = column("application", "bibob_summary");
    static final EncryptedColumn VIEW_SUMMARY = column("application", "view_summary");
    static final EncryptedColumn DECISION_REASON = column("application", "decision_reason");
    static final EncryptedColumn EXTENSION_REASON = column("application", "extension_reason");
    static final EncryptedColumn DECISION_CHECKS = column("application", "decision_checks");
    static final EncryptedColumn MANAGER_NAME = column("application_manager", "name");
    static final EncryptedColumn MANAGER_BIRTH_DATE = column("application_manager", "birth_date");
    static final EncryptedColumn REQUEST_WHAT = column("information_request", "what");
    static final EncryptedColumn REQUEST_ANSWER = column("information_request", "answer");
    static final EncryptedColumn DOCUMENT_NAME = column("application_document", "file_name");
    static final EncryptedColumn DOCUMENT_CONTENT = EncryptedColumn.bytes("register", "application_document", "content")
            .readingLegacy(LegacyFormat.PLAINTEXT);
    static final EncryptedColumn HOLDER_NAME = column("licence", "holder_name");
    static final EncryptedColumn HOLDER_BIRTH_DATE = column("licence", "holder_birth_date");
    static final EncryptedColumn LICENCE_MANAGER_NAME = column("licence_manager", "name");
    static final EncryptedColumn LICENCE_MANAGER_BIRTH_DATE = column("licence_manager", "birth_date");

    /**
     * History reasons, bound to their application or licence (the row id is made by the database on insert). The
     * histories are append-only for the application role, so the job cannot rewrite them: reasons written before
     * V230 stay as they were until the file's retention deletes them (ADR 0024).
     */
    static final EncryptedColumn APPLICATION_HISTORY_REASON = column("application_history", "reason")
            .identifiedBy("application_id");
    static final EncryptedColumn LICENCE_HISTORY_REASON = column("licence_history", "reason").identifiedBy("licence_id");

    /** Every encrypted column the re-encryption job rewrites. */
    static final List<EncryptedColumn> ENCRYPTED = List.of(OPERATOR_NAME, OPERATOR_BIRTH_DATE, BIBOB_SUMMARY,
            VIEW_SUMMARY, DECISION_REASON, EXTENSION_REASON, DECISION_CHECKS, MANAGER_NAME, MANAGER_BIRTH_DATE, REQUEST_WHAT,
            REQUEST_ANSWER, DOCUMENT_NAME, DOCUMENT_CONTENT, HOLDER_NAME, HOLDER_BIRTH_DATE, LICENCE_MANAGER_NAME,
            LICENCE_MANAGER_BIRTH_DATE);

    /** Every name index, recomputed by the job from the encrypted name of the same row. */
    static final List<BlindIndexColumn> INDEXED = List.of(
            BlindIndexColumn.of(OPERATOR_NAME, "operator_name_key", NAME_PURPOSE, Person::nameKey),
            BlindIndexColumn.of(MANAGER_NAME, "name_key", NAME_PURPOSE, Person::nameKey),
            BlindIndexColumn.of(HOLDER_NAME, "holder_name_key", NAME_PURPOSE, Person::nameKey),
            BlindIndexColumn.of(LICENCE_MANAGER_NAME, "name_key", NAME_PURPOSE, Person::nameKey));

    private final FieldCipher cipher;
    private final BlindIndex index;

    RegisterKeys(KeyRing ring) {
        this.cipher = new FieldCipher(ring);
        this.index = new BlindIndex(ring);
    }

    FieldCipher cipher() {
        return cipher;
    }

    BlindIndex index() {
        return index;
    }

    String encrypt(String plain, EncryptedColumn column, Object rowId) {
        return plain == null ? null : cipher.encrypt(plain, column.at(rowId));
    }

    String decrypt(String stored, EncryptedColumn column, Object rowId) {
        return stored == null ? null : cipher.decrypt(stored, column.at(rowId));
    }

    String encryptDate(LocalDate date, EncryptedColumn column, Object rowId) {
        return date == null ? null : encrypt(date.toString(), column, rowId);
    }

    LocalDate decryptDate(String stored, EncryptedColumn column, Object rowId) {
        return stored == null ? null : LocalDate.parse(decrypt(stored, column, rowId));
    }

    byte[] encryptBytes(byte[] plain, EncryptedColumn column, Object rowId) {
        return plain == null ? null : cipher.encryptBytes(plain, column.at(rowId));
    }

    byte[] decryptBytes(byte[] stored, EncryptedColumn column, Object rowId) {
        return stored == null ? null : cipher.decryptBytes(stored, column.at(rowId));
    }

    /** The blind index of a name as new rows store it. */
    String nameIndex(String name) {
        return name == null ? null : index.of(NAME_PURPOSE, Person.nameKey(name));
    }

    /** Every index the name may be stored under (one per configured blind index key). */
    List<String> nameCandidates(String name) {
        return index.candidates(NAME_PURPOSE, Person.nameKey(name));
    }
}
