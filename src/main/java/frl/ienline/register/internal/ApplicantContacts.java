package frl.ienline.register.internal;

import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.FieldCipher;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contact details of an application ({@code register.applicant_contact}), every value encrypted by the key
 * kit (ADR 0012) and bound to its row, so a ciphertext copied to another application or column does not decrypt.
 * Callers check role and scope and write the access log; this class only stores.
 */
@Repository
public class ApplicantContacts {

    static final EncryptedColumn POSTAL_ADDRESS = column("postal_address_enc");
    static final EncryptedColumn EMAIL = column("email_enc");
    static final EncryptedColumn PHONE = column("phone_enc");
    /** For the key kit's re-encryption job (folded into the register's list with M4's columns). */
    public static final List<EncryptedColumn> ENCRYPTED = List.of(POSTAL_ADDRESS, EMAIL, PHONE);

    private static final String SEPARATOR = "\n";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ApplicantContacts(JdbcClient jdbc, RegisterKeys cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher.cipher();
    }

    private static EncryptedColumn column(String name) {
        return EncryptedColumn.text("register", "applicant_contact", name).identifiedBy("application_id");
    }

    public Optional<ContactDetails> of(UUID applicationId) {
        return jdbc.sql("SELECT postal_address_enc, email_enc, phone_enc FROM register.applicant_contact "
                        + "WHERE application_id = :id")
                .param("id", applicationId)
                .query((rs, n) -> new ContactDetails(
                        address(cipher.decrypt(rs.getString(1), POSTAL_ADDRESS.at(applicationId))),
                        cipher.decrypt(rs.getString(2), EMAIL.at(applicationId)),
                        phone(cipher.decrypt(rs.getString(3), PHONE.at(applicationId)))))
                .optional();
    }

    /** Inserts or replaces the contact details of an application. */
    public void save(UUID applicationId, ContactDetails contact, String by, Instant at) {
        Address a = contact.postalAddress();
        String address = String.join(SEPARATOR, a.street(), a.houseNumber(), a.postcode(), a.town());
        jdbc.sql("""
                INSERT INTO register.applicant_contact (application_id, postal_address_enc, email_enc, phone_enc,
                    updated_at, updated_by)
                VALUES (:id, :address, :email, :phone, :at, :by)
                ON CONFLICT (application_id) DO UPDATE SET postal_address_enc = EXCLUDED.postal_address_enc,
                    email_enc = EXCLUDED.email_enc, phone_enc = EXCLUDED.phone_enc,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .param("id", applicationId)
                .param("address", cipher.encrypt(address, POSTAL_ADDRESS.at(applicationId)))
                .param("email", cipher.encrypt(contact.email(), EMAIL.at(applicationId)))
                .param("phone", contact.phone() == null ? null : cipher.encrypt(contact.phone().e164(), PHONE.at(applicationId)))
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by)
                .update();
    }

    private static AdPhoneNumber phone(String stored) {
        return stored == null ? null : new AdPhoneNumber(stored);
    }

    private static Address address(String stored) {
        String[] parts = stored.split(SEPARATOR, -1);
        return new Address(parts[0], parts[1], parts[2], parts[3]);
    }
}
