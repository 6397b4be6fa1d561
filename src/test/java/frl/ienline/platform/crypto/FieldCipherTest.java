package frl.ienline.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final EncryptedColumn NOTE = EncryptedColumn.text("support", "care_contact", "note_enc");
    static final EncryptedColumn PSEUDONYM = EncryptedColumn.text("support", "care_contact", "pseudonym_enc");
    final FieldCipher cipher = new FieldCipher(TestKeys.ring("support"));
    final UUID row = UUID.randomUUID();

    @Test
    void textRoundTripsInTheKitsForm() {
        String stored = cipher.encrypt("Zorgen om Anna, 06-12345678", NOTE.at(row));
        assertThat(stored).startsWith("v1.k1.").doesNotContain("Anna");
        assertThat(cipher.decrypt(stored, NOTE.at(row))).isEqualTo("Zorgen om Anna, 06-12345678");
        assertThat(cipher.encrypt("same", NOTE.at(row))).isNotEqualTo(cipher.encrypt("same", NOTE.at(row)));
        assertThat(cipher.encrypt(null, NOTE.at(row))).isNull();
        assertThat(cipher.decrypt(null, NOTE.at(row))).isNull();
    }

    @Test
    void bytesRoundTrip() {
        byte[] document = "%PDF-1.7 a licence document".getBytes(StandardCharsets.UTF_8);
        EncryptedColumn content = EncryptedColumn.bytes("register", "application_document", "content");
        byte[] stored = cipher.encryptBytes(document, content.at(row));
        assertThat(new String(stored, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("v1.k1.");
        assertThat(cipher.isCurrent(stored)).isTrue();
        assertThat(cipher.decryptBytes(stored, content.at(row))).isEqualTo(document);
        assertThatThrownBy(() -> cipher.decryptBytes(stored, content.at(UUID.randomUUID())))
                .isInstanceOf(UndecryptableValue.class);
    }

    /** Review §7 test 4 (M2): a ciphertext swapped to another row, column or module does not decrypt. */
    @Test
    void aCiphertextMovedToAnotherRowColumnOrModuleFails() {
        String stored = cipher.encrypt("meldingstekst", NOTE.at(row));
        assertThatThrownBy(() -> cipher.decrypt(stored, NOTE.at(UUID.randomUUID())))
                .isInstanceOf(UndecryptableValue.class).hasMessageNotContaining(row.toString())
                .hasMessageNotContaining("meldingstekst");
        assertThatThrownBy(() -> cipher.decrypt(stored, PSEUDONYM.at(row))).isInstanceOf(UndecryptableValue.class);
        FieldCipher otherModule = new FieldCipher(TestKeys.ring("signals"));
        assertThatThrownBy(() -> otherModule.decrypt(stored, NOTE.at(row))).isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void anUnknownKeyIdOrATamperedValueFails() {
        String stored = cipher.encrypt("tekst", NOTE.at(row));
        FieldCipher withoutK1 = new FieldCipher(KeyRing.of("support", "k2", Map.of("k2", TestKeys.key(2, 32)), "b1",
                Map.of("b1", TestKeys.key(11, 32)), null));
        assertThatThrownBy(() -> withoutK1.decrypt(stored, NOTE.at(row))).isInstanceOf(UndecryptableValue.class)
                .hasMessageContaining("'k1' is not configured");
        String relabelled = "v1.k2." + stored.substring("v1.k1.".length());
        assertThatThrownBy(() -> cipher.decrypt(relabelled, NOTE.at(row))).isInstanceOf(UndecryptableValue.class);
        char last = stored.charAt(stored.length() - 1);
        String tampered = stored.substring(0, stored.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThatThrownBy(() -> cipher.decrypt(tampered, NOTE.at(row))).isInstanceOf(UndecryptableValue.class);
        assertThatThrownBy(() -> cipher.decrypt("plain text", NOTE.at(row))).isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void rotationKeepsOldValuesReadableAndReencryptMovesThem() {
        String old = cipher.encrypt("tekst", NOTE.at(row));
        FieldCipher rotated = new FieldCipher(cipher.keyRing().withCurrentKey("k2"));
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.decrypt(old, NOTE.at(row))).isEqualTo("tekst");
        String moved = rotated.reencrypt(old, NOTE.at(row));
        assertThat(moved).startsWith("v1.k2.");
        assertThat(rotated.decrypt(moved, NOTE.at(row))).isEqualTo("tekst");
        assertThat(rotated.reencrypt(moved, NOTE.at(row))).isSameAs(moved);
    }

    // ------------------------------------------------------------ legacy forms, made exactly as the old code did

    @Test
    void readsSupportsOldColonForm() throws Exception {
        String legacy = "v1:k1:" + Base64.getEncoder().encodeToString(gcm(TestKeys.key(1, 32), "alt form", "k1"));
        EncryptedColumn column = NOTE.readingLegacy(LegacyFormat.SUPPORT_V1_COLON);
        assertThat(cipher.decrypt(legacy, column.at(row))).isEqualTo("alt form");
        assertThatThrownBy(() -> cipher.decrypt(legacy, NOTE.at(row))).isInstanceOf(UndecryptableValue.class);
        assertThat(cipher.reencrypt(legacy, column.at(row))).startsWith("v1.k1.");
    }

    @Test
    void readsSupervisionsKeyIdBoundForm() throws Exception {
        String legacy = "v1.k1." + Base64.getEncoder().encodeToString(gcm(TestKeys.key(1, 32), "toezicht", "k1"));
        EncryptedColumn column = NOTE.readingLegacy(LegacyFormat.KEY_ID_AAD);
        assertThat(cipher.decrypt(legacy, column.at(row))).isEqualTo("toezicht");
        assertThatThrownBy(() -> cipher.decrypt(legacy, NOTE.at(row))).isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void readsIdentitysTotpForm() throws Exception {
        byte[] key = TestKeys.key(7, 32);
        String keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        String legacy = "v1." + keyId + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(gcm(key, "totp-secret", row.toString()));
        FieldCipher identity = new FieldCipher(KeyRing.of("identity", "k1", Map.of("k1", TestKeys.key(1, 32), keyId, key),
                "b1", Map.of("b1", TestKeys.key(11, 32)), null));
        EncryptedColumn column = EncryptedColumn.text("identity", "staff_user", "totp_secret")
                .readingLegacy(LegacyFormat.ROW_ID_AAD);
        assertThat(identity.decrypt(legacy, column.at(row))).isEqualTo("totp-secret");
        assertThatThrownBy(() -> identity.decrypt(legacy, column.at(UUID.randomUUID()))).isInstanceOf(UndecryptableValue.class);
    }

    @Test
    void readsSignalsCurrentFormAsItIs() throws Exception {
        UUID id = UUID.randomUUID();
        String signals = "v1.k1." + Base64.getEncoder().withoutPadding().encodeToString(
                gcm(TestKeys.key(1, 32), "waarneming", "ienline.signals:signal.observation_enc:" + id));
        FieldCipher cipher = new FieldCipher(TestKeys.ring("signals"));
        assertThat(cipher.decrypt(signals, EncryptedColumn.text("signals", "signal", "observation_enc").at(id)))
                .isEqualTo("waarneming");
    }

    @Test
    void readsPlaintextOnlyWhereTheColumnSaysSo() {
        EncryptedColumn column = EncryptedColumn.text("register", "application", "bibob_summary")
                .readingLegacy(LegacyFormat.PLAINTEXT);
        assertThat(cipher.decrypt("Geen bezwaren.", column.at(row))).isEqualTo("Geen bezwaren.");
        assertThat(cipher.isCurrent("Geen bezwaren.")).isFalse();
        String encrypted = cipher.reencrypt("Geen bezwaren.", column.at(row));
        assertThat(encrypted).startsWith("v1.k1.");
        assertThat(cipher.decrypt(encrypted, column.at(row))).isEqualTo("Geen bezwaren.");
        EncryptedColumn document = EncryptedColumn.bytes("register", "application_document", "content")
                .readingLegacy(LegacyFormat.PLAINTEXT);
        byte[] pdf = "%PDF-1.4 old".getBytes(StandardCharsets.UTF_8);
        assertThat(cipher.decryptBytes(pdf, document.at(row))).isEqualTo(pdf);
        assertThat(cipher.decryptBytes(cipher.reencrypt(pdf, document.at(row)), document.at(row))).isEqualTo(pdf);
    }

    /** AES-256-GCM as the four old copies did it: 12-byte random nonce ‖ ciphertext ‖ 16-byte tag. */
    static byte[] gcm(byte[] key, String plaintext, String associatedData) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
    }
}
