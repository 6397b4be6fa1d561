package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.platform.crypto.BlindIndex;
import frl.ienline.platform.crypto.BlindIndexColumn;
import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.FieldCipher;
import frl.ienline.platform.crypto.KeyRings;
import frl.ienline.platform.crypto.LegacyFormat;
import frl.ienline.platform.crypto.Reencryption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The compartment's keys and columns on the key kit (ADR 0012): keys from {@code IENLINE_SUPPORT_CRYPTO_*} (data
 * keys, blind index keys and the never-rotated reference key of the care log's member and contact references);
 * every value bound to its table, column and row. Values written by the old {@code SupportKeys}
 * ({@code v1:<kid>:<b64>}, bound to the key id only) and care-contact pseudonyms from before encryption are read
 * until the re-encryption job, which runs on the care role's own pool, has rewritten them.
 */
@Configuration(proxyBeanMethods = false)
public class SupportCrypto {

    static final EncryptedColumn MEMBER_EMAIL = column("member", "email_enc");
    static final EncryptedColumn REPORT_DESCRIPTION = column("incident_report", "description_enc");
    static final EncryptedColumn REPORT_IDENTIFIERS = column("incident_report", "identifiers_enc");
    static final EncryptedColumn REPORT_DESCRIPTORS = column("incident_report", "descriptors_enc");
    static final EncryptedColumn OBJECTION_MESSAGE = column("objection", "message_enc");
    static final EncryptedColumn OBJECTION_CONTACT = column("objection", "contact_enc");
    static final EncryptedColumn CONTACT_NOTE = column("care_contact", "note_enc");
    static final EncryptedColumn CONTACT_PSEUDONYM = column("care_contact", "pseudonym_enc")
            .readingLegacy(LegacyFormat.PLAINTEXT);
    static final EncryptedColumn IDENTIFIER_VALUE = column("alert_identifier", "value_enc");
    static final List<EncryptedColumn> ENCRYPTED = List.of(MEMBER_EMAIL, REPORT_DESCRIPTION, REPORT_IDENTIFIERS,
            REPORT_DESCRIPTORS, OBJECTION_MESSAGE, OBJECTION_CONTACT, CONTACT_NOTE, CONTACT_PSEUDONYM, IDENTIFIER_VALUE);

    /** Purpose of the pseudonym blind index and of the care log's contact references. */
    static final String PSEUDONYM = "care-contact-pseudonym";

    static final List<BlindIndexColumn> INDEXED = List.of(
            new BlindIndexColumn(IDENTIFIER_VALUE, "blind_index", null, "kind", null),
            BlindIndexColumn.of(CONTACT_PSEUDONYM, "pseudonym_bi", PSEUDONYM, SupportCrypto::normalisePseudonym));

    /** The cipher and blind index of the compartment; the only way its services reach the keys. */
    public record Keys(FieldCipher cipher, BlindIndex index) {

        /** A keyed reference for the care log, stable for ever (reference key, never rotated). */
        String reference(String purpose, String value, String prefix) {
            return prefix + index.reference(purpose, value).substring(0, 16);
        }
    }

    @Bean
    Keys supportKeys(KeyRings rings, @Value("${ienline.production:false}") boolean production,
            @Value("${ienline.support.keys.directory:data/keys}") Path legacyDirectory,
            @Value("${ienline.support.crypto.key-directory:${ienline.crypto.key-directory:data/keys}}") Path keyDirectory) {
        if (!production) {
            LegacySupportKeyFile.convert(legacyDirectory, keyDirectory);
        }
        var ring = rings.load("support", KeyRings.Option.REFERENCE_KEY);
        return new Keys(new FieldCipher(ring), new BlindIndex(ring));
    }

    @Bean
    Reencryption supportReencryption(Keys keys, @Qualifier(CareCompartmentDatabase.DATA_SOURCE) DataSource care) {
        return new Reencryption(JdbcClient.create(care), keys.cipher(), keys.index(), ENCRYPTED, INDEXED);
    }

    static String normalisePseudonym(String pseudonym) {
        return pseudonym == null ? null : pseudonym.strip().toLowerCase(Locale.ROOT);
    }

    private static EncryptedColumn column(String table, String column) {
        return EncryptedColumn.text("support", table, column).readingLegacy(LegacyFormat.SUPPORT_V1_COLON);
    }
}
