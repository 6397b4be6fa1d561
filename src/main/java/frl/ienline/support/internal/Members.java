package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.platform.PasswordHashing;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import frl.ienline.shared.NotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pseudonymous member accounts: a working name and an Argon2id password hash (the staff's parameters, L11),
 * an encrypted e-mail
 * address only for alert notifications, and "verified by organisation X on date" — never the evidence.
 * A member can delete the account and everything attached to it at any moment.
 */
@Service
@Transactional(CareCompartmentDatabase.TRANSACTIONS)
public class Members {

    static final Pattern WORKING_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{1,39}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD = 10;

    /** A member as the member and care staff see them. */
    public record Member(UUID id, String workingName, String email, boolean alertsByEmail, String language,
            String verifiedByOrg, LocalDate verifiedOn, boolean demo) {

        public boolean verified() {
            return verifiedOn != null;
        }
    }

    /** What the portal login needs. */
    public record Credentials(UUID id, String workingName, String passwordHash) {
    }

    private final CareJdbc db;
    private final SupportCrypto.Keys keys;
    private final Clock clock;
    private final CareStaff staff;
    private final CareAccessLog log;
    private final PasswordHashing passwords;

    Members(CareJdbc db, SupportCrypto.Keys keys, Clock clock, CareStaff staff, CareAccessLog log, PasswordHashing passwords) {
        this.db = db;
        this.passwords = passwords;
        this.keys = keys;
        this.clock = clock;
        this.staff = staff;
        this.log = log;
    }

    public PasswordEncoder passwordEncoder() {
        return passwords;
    }

    /**
     * A new account, or nothing when the working name is taken. The caller answers both alike (D2): the
     * name is checked only after every other rule passed, and a taken name costs the same hashing work, so
     * sign-up tells nobody which working names exist.
     */
    public Optional<UUID> signUp(String workingName, String password, String email, boolean alertsByEmail,
            String language) {
        List<Problem> problems = new ArrayList<>();
        String name = workingName == null ? "" : workingName.strip();
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (!WORKING_NAME.matcher(name).matches()) {
            problems.add(new Problem("workingName", "portal.signup.error.workingName"));
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            problems.add(new Problem("password", "portal.signup.error.password"));
        } else if (PasswordHashing.isCommon(password) || password.strip().equalsIgnoreCase(name)) {
            problems.add(new Problem("password", "portal.signup.error.common"));
        }
        if (mail != null && (!EMAIL.matcher(mail).matches() || mail.length() > 200)) {
            problems.add(new Problem("email", "portal.signup.error.email"));
        }
        if (alertsByEmail && mail == null) {
            problems.add(new Problem("email", "portal.signup.error.emailNeeded"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        UUID id = UUID.randomUUID();
        String hash = passwords.encode(password);
        int created = db.query("""
                INSERT INTO support.member (id, working_name, password_hash, email_enc, alerts_by_email, language, created_at)
                VALUES (:id, :name, :hash, :email, :alerts, :lang, :now) ON CONFLICT DO NOTHING
                """).param("id", id).param("name", name).param("hash", hash)
                .param("email", keys.cipher().encrypt(mail, SupportCrypto.MEMBER_EMAIL.at(id))).param("alerts", alertsByEmail)
                .param("lang", PortalLanguages.supported(language)).param("now", Timestamp.from(clock.instant())).update();
        return created == 1 ? Optional.of(id) : Optional.empty();
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public Optional<Credentials> credentials(String workingName) {
        return db.query("SELECT id, working_name, password_hash FROM support.member WHERE lower(working_name) = lower(:n)")
                .param("n", workingName == null ? "" : workingName.strip())
                .query((rs, n) -> new Credentials(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** The member's own record (for the member themself; not logged: a member's own actions are not tracked). */
    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public Member own(UUID memberId) {
        return find(memberId).orElseThrow(() -> new NotFound("member"));
    }

    Optional<Member> find(UUID id) {
        return db.query("""
                SELECT id, working_name, email_enc, alerts_by_email, language, verified_by_org, verified_on, demo
                FROM support.member WHERE id = :id""").param("id", id)
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), keys.cipher().decrypt(rs.getString(3), SupportCrypto.MEMBER_EMAIL.at(rs.getObject(1, UUID.class))),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getBoolean(8)))
                .optional();
    }

    public boolean isVerified(UUID memberId) {
        return find(memberId).map(Member::verified).orElse(false);
    }

    public void changeAlertSettings(UUID memberId, String email, boolean alertsByEmail) {
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw InputRejected.of("email", "portal.signup.error.email");
        }
        if (alertsByEmail && mail == null) {
            throw InputRejected.of("email", "portal.signup.error.emailNeeded");
        }
        db.query("UPDATE support.member SET email_enc = :email, alerts_by_email = :alerts WHERE id = :id")
                .param("email", keys.cipher().encrypt(mail, SupportCrypto.MEMBER_EMAIL.at(memberId))).param("alerts", alertsByEmail).param("id", memberId).update();
    }

    /** Deletes the account and, through the foreign keys, every row that belongs to it. */
    public void deleteOwnAccount(UUID memberId) {
        if (db.query("DELETE FROM support.member WHERE id = :id").param("id", memberId).update() != 1) {
            throw new NotFound("member");
        }
    }

    // ---- care staff -------------------------------------------------------------------------------

    /**
     * Members waiting for verification and those the own organisation verified, unverified first (M12): a new
     * member belongs to no organisation yet, so that queue is shared; a verified member is the verifying
     * organisation's. Care workers verify by looking at an ad profile outside ienline.
     */
    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS)
    public List<Member> forVerification() {
        Actor actor = staff.requireCareWorker("member");
        log.allowed(actor, CareAccessLog.Action.SEARCH, "member", null, null, "member-verification");
        return db.query("""
                SELECT id, working_name, alerts_by_email, language, verified_by_org, verified_on, demo
                FROM support.member WHERE verified_on IS NULL OR verified_by_org = :org
                ORDER BY verified_on NULLS FIRST, lower(working_name)""").param("org", actor.organisationCode())
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), null, rs.getBoolean(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7)))
                .list();
    }

    public void verify(UUID memberId) {
        Actor actor = staff.requireCareWorker("member");
        find(memberId).filter(m -> m.verifiedByOrg() == null || m.verifiedByOrg().equals(actor.organisationCode()))
                .orElseThrow(() -> new NotFound("member"));
        db.query("UPDATE support.member SET verified_by_org = :org, verified_on = :on WHERE id = :id")
                .param("org", actor.organisationCode()).param("on", LocalDate.now(clock)).param("id", memberId).update();
        log.allowed(actor, CareAccessLog.Action.CHANGE, "member", reference(memberId), null, "member-verification");
    }

    /**
     * How the append-only care log names a member: a keyed hash of the id, never the id or the working name,
     * so a member who deletes the account leaves nothing in the log that leads back to them.
     */
    String reference(UUID memberId) {
        return keys.reference("member-reference", memberId.toString(), "m-");
    }

    public long count() {
        return db.query("SELECT count(*) FROM support.member").query(Long.class).single();
    }
}
