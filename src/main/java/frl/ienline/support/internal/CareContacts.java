package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts of care workers with sex workers, under a pseudonym: date, topics, referrals and the phase of
 * the exit programme. Only the organisation that recorded a contact sees it: its code is in every query.
 */
@Service
@Transactional(CareCompartmentDatabase.TRANSACTIONS)
public class CareContacts {

    public enum Topic { HEALTH, SAFETY, MONEY_AND_DEBT, HOUSING, RIGHTS, EXIT, VIOLENCE, OTHER }

    public enum Referral { GGD, EXIT_PROGRAMME, LEGAL_AID, SHELTER, POLICE_REPORT_HELP }

    /** DUUP phases: kennismaking → intake → uitvoering → nazorg. */
    public enum ExitPhase { FIRST_CONTACT, INTAKE, PROGRAMME, AFTERCARE }

    static final Pattern PSEUDONYM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{1,39}");

    public record Contact(UUID id, String pseudonym, LocalDate contactOn, List<Topic> topics, List<Referral> referrals,
            ExitPhase exitPhase, String note, String recordedBy) {
    }

    public record ContactInput(String pseudonym, LocalDate contactOn, Set<Topic> topics, Set<Referral> referrals,
            ExitPhase exitPhase, String note) {
    }

    private final CareJdbc db;
    private final SupportCrypto.Keys keys;
    private final Clock clock;
    private final CareStaff staff;
    private final CareAccessLog log;

    CareContacts(CareJdbc db, SupportCrypto.Keys keys, Clock clock, CareStaff staff, CareAccessLog log) {
        this.db = db;
        this.keys = keys;
        this.clock = clock;
        this.staff = staff;
        this.log = log;
    }

    public UUID record(ContactInput input) {
        Actor actor = staff.requireCareWorker("care-contact");
        List<Problem> problems = new ArrayList<>();
        if (input.pseudonym() == null || !PSEUDONYM.matcher(input.pseudonym().strip()).matches()) {
            problems.add(new Problem("pseudonym", "staff.contacts.error.pseudonym"));
        }
        if (input.contactOn() == null || input.contactOn().isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("contactOn", "staff.contacts.error.date"));
        }
        if (input.topics() == null || input.topics().isEmpty()) {
            problems.add(new Problem("topics", "staff.contacts.error.topics"));
        }
        if (input.note() != null && input.note().length() > 5000) {
            problems.add(new Problem("note", "staff.contacts.error.note"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        UUID id = UUID.randomUUID();
        String pseudonym = input.pseudonym().strip();
        db.query("""
                INSERT INTO support.care_contact (id, organisation_code, pseudonym_enc, pseudonym_bi, contact_on, topics,
                    referrals, exit_phase, note_enc, recorded_by, recorded_at)
                VALUES (:id, :org, :pseudonym, :pseudonymIndex, :on, string_to_array(:topics, ','),
                    string_to_array(:referrals, ','), :phase, :note, :by, :now)""")
                .param("id", id).param("org", actor.organisationCode())
                .param("pseudonym", keys.cipher().encrypt(pseudonym, SupportCrypto.CONTACT_PSEUDONYM.at(id)))
                .param("pseudonymIndex", keys.index().of(SupportCrypto.PSEUDONYM, SupportCrypto.normalisePseudonym(pseudonym)))
                .param("on", input.contactOn()).param("topics", join(input.topics()))
                .param("referrals", join(input.referrals())).param("phase", input.exitPhase() == null ? null : input.exitPhase().name())
                .param("note", keys.cipher().encrypt(input.note() == null || input.note().isBlank() ? null : input.note().strip(),
                        SupportCrypto.CONTACT_NOTE.at(id)))
                .param("by", actor.displayName()).param("now", Timestamp.from(clock.instant())).update();
        log.allowed(actor, CareAccessLog.Action.CREATE, "care-contact", id, reference(pseudonym), "care");
        return id;
    }

    /** The organisation's own contacts, optionally for one pseudonym, newest first. */
    public List<Contact> list(String pseudonym) {
        Actor actor = staff.requireCareWorker("care-contact");
        String p = pseudonym == null || pseudonym.isBlank() ? null : pseudonym.strip();
        log.allowed(actor, p == null ? CareAccessLog.Action.SEARCH : CareAccessLog.Action.VIEW, "care-contact", null,
                p == null ? null : reference(p), "care");
        // during a key rotation a row may still carry an old key's index: look under every configured key
        List<String> indexes = p == null ? List.of("-")
                : keys.index().candidates(SupportCrypto.PSEUDONYM, SupportCrypto.normalisePseudonym(p));
        return db.query("""
                SELECT id, pseudonym_enc, contact_on, topics, referrals, exit_phase, note_enc, recorded_by
                FROM support.care_contact
                WHERE organisation_code = :org AND (CAST(:all AS BOOLEAN) OR pseudonym_bi IN (:indexes))
                ORDER BY contact_on DESC, recorded_at DESC LIMIT 500""")
                .param("org", actor.organisationCode()).param("all", p == null).param("indexes", indexes)
                .query((rs, n) -> new Contact(rs.getObject(1, UUID.class),
                        keys.cipher().decrypt(rs.getString(2), SupportCrypto.CONTACT_PSEUDONYM.at(rs.getObject(1, UUID.class))),
                        rs.getObject(3, LocalDate.class),
                        Arrays.stream((String[]) rs.getArray(4).getArray()).map(Topic::valueOf).toList(),
                        Arrays.stream((String[]) rs.getArray(5).getArray()).filter(s -> !s.isEmpty()).map(Referral::valueOf).toList(),
                        rs.getString(6) == null ? null : ExitPhase.valueOf(rs.getString(6)), keys.cipher().decrypt(rs.getString(7), SupportCrypto.CONTACT_NOTE.at(rs.getObject(1, UUID.class))),
                        rs.getString(8)))
                .list();
    }

    /**
     * Erasure (AVG art. 17, review M17): every contact the care worker's organisation recorded under this pseudonym
     * is deleted — pseudonym, note, topics and all. The care log keeps one DELETE entry under the keyed reference,
     * never the pseudonym. Answers how many contacts were deleted.
     */
    public int erase(String pseudonym) {
        Actor actor = staff.requireCareWorker("care-contact");
        if (pseudonym == null || !PSEUDONYM.matcher(pseudonym.strip()).matches()) {
            throw new InputRejected(List.of(new Problem("pseudonym", "staff.contacts.error.pseudonym")));
        }
        String p = pseudonym.strip();
        int deleted = db.query("DELETE FROM support.care_contact WHERE organisation_code = :org AND pseudonym_bi IN (:indexes)")
                .param("org", actor.organisationCode())
                .param("indexes", keys.index().candidates(SupportCrypto.PSEUDONYM, SupportCrypto.normalisePseudonym(p)))
                .update();
        log.allowed(actor, CareAccessLog.Action.DELETE, "care-contact", null, reference(p), "care");
        return deleted;
    }

    /**
     * Rectification (AVG art. 16): the pseudonym of one of the organisation's contacts, corrected. Logged CHANGE
     * under the new reference.
     */
    public void rectifyPseudonym(UUID id, String pseudonym) {
        Actor actor = staff.requireCareWorker("care-contact");
        if (pseudonym == null || !PSEUDONYM.matcher(pseudonym.strip()).matches()) {
            throw new InputRejected(List.of(new Problem("pseudonym", "staff.contacts.error.pseudonym")));
        }
        String p = pseudonym.strip();
        int changed = db.query("""
                UPDATE support.care_contact SET pseudonym_enc = :pseudonym, pseudonym_bi = :pseudonymIndex
                WHERE id = :id AND organisation_code = :org""")
                .param("pseudonym", keys.cipher().encrypt(p, SupportCrypto.CONTACT_PSEUDONYM.at(id)))
                .param("pseudonymIndex", keys.index().of(SupportCrypto.PSEUDONYM, SupportCrypto.normalisePseudonym(p)))
                .param("id", id).param("org", actor.organisationCode()).update();
        if (changed != 1) {
            throw new frl.ienline.shared.NotFound("care-contact");
        }
        log.allowed(actor, CareAccessLog.Action.CHANGE, "care-contact", id, reference(p), "care");
    }

    /**
     * How the append-only care log names a care contact: a keyed reference of the pseudonym (reference key, never
     * rotated), so the log can tie entries about one person together without holding the pseudonym.
     */
    String reference(String pseudonym) {
        return keys.reference(SupportCrypto.PSEUDONYM, SupportCrypto.normalisePseudonym(pseudonym), "c-");
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values == null ? "" : String.join(",", values.stream().map(Enum::name).sorted().toList());
    }
}
