package frl.ienline.register.internal;

import static frl.ienline.register.internal.Applications.localDate;
import static frl.ienline.register.internal.Applications.strings;
import static frl.ienline.register.internal.Applications.timestamp;

import frl.ienline.shared.MunicipalityCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Licences in the {@code register} schema, with their managers (past and current) and history. */
@Repository
public class Licences {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    Licences(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Licence> byId(UUID id) {
        return jdbc.sql("SELECT id FROM register.licence WHERE id = :id").param("id", id).query(UUID.class).optional()
                .map(this::load);
    }

    public Optional<Licence> byIdInScope(UUID id, String[] municipalities) {
        return jdbc.sql("SELECT id FROM register.licence WHERE id = :id AND municipality = ANY(:scope)")
                .param("id", id).param("scope", municipalities).query(UUID.class).optional().map(this::load);
    }

    public Optional<Licence> byNumber(String number) {
        return jdbc.sql("SELECT id FROM register.licence WHERE number = :number").param("number", number)
                .query(UUID.class).optional().map(this::load);
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM register.licence WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    /** Licences of a kind in force in a municipality on {@code on}, and their workrooms together. */
    public int[] inForce(MunicipalityCode municipality, LicenceKind kind, LocalDate on) {
        return jdbc.sql("""
                SELECT count(*) AS licences, coalesce(sum(workrooms), 0) AS workrooms FROM register.licence
                WHERE municipality = :municipality AND kind = :kind AND state IN ('ACTIVE', 'SUSPENDED')
                  AND valid_from <= :on AND valid_until >= :on""")
                .param("municipality", municipality.value()).param("kind", kind.name()).param("on", on)
                .query((rs, n) -> new int[] {rs.getInt("licences"), rs.getInt("workrooms")}).single();
    }

    /** Active or suspended licences within their renewal lead time and not yet reminded. */
    public List<UUID> renewalCandidates(LocalDate latestExpiry) {
        return jdbc.sql("""
                SELECT id FROM register.licence WHERE state IN ('ACTIVE', 'SUSPENDED') AND renewal_reminded_on IS NULL
                  AND valid_until <= :latest ORDER BY valid_until""")
                .param("latest", latestExpiry).query(UUID.class).list();
    }

    public List<Licence> remindedNotExpiredIn(String[] municipalities, LocalDate today) {
        return jdbc.sql("""
                SELECT id FROM register.licence WHERE municipality = ANY(:scope) AND state IN ('ACTIVE', 'SUSPENDED')
                  AND renewal_reminded_on IS NOT NULL AND valid_until >= :today ORDER BY valid_until""")
                .param("scope", municipalities).param("today", today).query(UUID.class).list().stream()
                .map(this::load).toList();
    }

    /** The regional register for staff: every licence, newest first, optionally of one municipality. */
    public List<Licence> all(String municipality) {
        return jdbc.sql("""
                SELECT id FROM register.licence
                WHERE CAST(:municipality AS TEXT) IS NULL OR municipality = :municipality
                ORDER BY valid_from DESC, number LIMIT 1000""")
                .param("municipality", municipality).query(UUID.class).list().stream().map(this::load).toList();
    }

    /** What the public verification snapshot holds: no personal data, only the business and its status. */
    public List<PublicRow> publicRows() {
        return jdbc.sql("""
                SELECT number, kind, municipality, business_name, premises_street, premises_house_number,
                       premises_postcode, premises_town, ad_phone, valid_from, valid_until, state, suspended_until
                FROM register.licence""")
                .query((rs, n) -> new PublicRow(rs.getString("number"), LicenceKind.valueOf(rs.getString("kind")),
                        MunicipalityCode.of(rs.getString("municipality")), rs.getString("business_name"),
                        rs.getString("premises_street") == null ? null
                                : new Address(rs.getString("premises_street"), rs.getString("premises_house_number"),
                                        rs.getString("premises_postcode"), rs.getString("premises_town")),
                        rs.getString("ad_phone"), localDate(rs, "valid_from"), localDate(rs, "valid_until"),
                        LicenceState.valueOf(rs.getString("state")), localDate(rs, "suspended_until")))
                .list();
    }

    public record PublicRow(String number, LicenceKind kind, MunicipalityCode municipality, String businessName,
            Address premises, String adPhoneE164, LocalDate validFrom, LocalDate validUntil, LicenceState state,
            LocalDate suspendedUntil) {
    }

    public void insert(Licence l, Instant now) {
        Business b = l.business();
        Address p = b.premises();
        Operator h = l.holder();
        jdbc.sql("""
                INSERT INTO register.licence (id, number, application_id, application_reference, kind, municipality,
                    business_name, premises_street, premises_house_number, premises_postcode, premises_town, ad_phone,
                    workrooms, expected_sex_workers, holder_type, holder_name, holder_name_key, holder_birth_date,
                    holder_kvk, conditions, valid_from, valid_until, rulebook_version, state, version, created_at,
                    updated_at)
                VALUES (:id, :number, :application, :reference, :kind, :municipality, :businessName, :street,
                    :houseNumber, :postcode, :town, :adPhone, :workrooms, :expected, :holderType, :holderName,
                    :holderKey, :holderBirth, :holderKvk, :conditions, :validFrom, :validUntil, :rulebookVersion,
                    :state, 0, :now, :now)""")
                .param("id", l.id()).param("number", l.number()).param("application", l.applicationId())
                .param("reference", l.applicationReference().value()).param("kind", b.kind().name())
                .param("municipality", b.municipality().value()).param("businessName", b.name())
                .param("street", p == null ? null : p.street()).param("houseNumber", p == null ? null : p.houseNumber())
                .param("postcode", p == null ? null : p.postcode()).param("town", p == null ? null : p.town())
                .param("adPhone", b.adPhone().e164()).param("workrooms", b.workrooms())
                .param("expected", b.expectedSexWorkers()).param("holderType", h.type().name())
                .param("holderName", h.name()).param("holderKey", Person.nameKey(h.name()))
                .param("holderBirth", h.birthDate()).param("holderKvk", h.kvk() == null ? null : h.kvk().value())
                .param("conditions", l.conditions().toArray(String[]::new)).param("validFrom", l.validFrom())
                .param("validUntil", l.validUntil()).param("rulebookVersion", l.rulebookVersion())
                .param("state", l.state().name()).param("now", timestamp(now))
                .update();
        writeChildren(l);
    }

    public void update(Licence l, Instant now) {
        int updated = jdbc.sql("""
                UPDATE register.licence SET state = :state, suspended_until = :suspendedUntil, ended_on = :endedOn,
                    renewal_reminded_on = :reminded, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :version""")
                .param("state", l.state().name()).param("suspendedUntil", l.suspendedUntil())
                .param("endedOn", l.endedOn()).param("reminded", l.renewalRemindedOn()).param("now", timestamp(now))
                .param("id", l.id()).param("version", l.version()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Licence " + l.number() + " was changed by someone else");
        }
        writeChildren(l);
    }

    private void writeChildren(Licence l) {
        jdbc.sql("DELETE FROM register.licence_manager WHERE licence_id = :id").param("id", l.id()).update();
        for (int i = 0; i < l.managers().size(); i++) {
            ManagerTerm m = l.managers().get(i);
            jdbc.sql("""
                    INSERT INTO register.licence_manager (licence_id, position, name, name_key, birth_date, from_date,
                        until_date) VALUES (:id, :position, :name, :key, :birth, :from, :until)""")
                    .param("id", l.id()).param("position", i).param("name", m.person().name())
                    .param("key", Person.nameKey(m.person().name())).param("birth", m.person().birthDate())
                    .param("from", m.from()).param("until", m.until()).update();
        }
        for (HistoryEntry h : l.newHistory()) {
            jdbc.sql("""
                    INSERT INTO register.licence_history (licence_id, at, by_whom, action, from_state, to_state, reason)
                    VALUES (:id, :at, :by, :action, :from, :to, :reason)""")
                    .param("id", l.id()).param("at", timestamp(h.at())).param("by", h.by()).param("action", h.action())
                    .param("from", h.fromState()).param("to", h.toState()).param("reason", h.reason()).update();
        }
        l.newFacts().forEach(events::publishEvent);
    }

    private Licence load(UUID id) {
        List<ManagerTerm> managers = jdbc.sql("""
                SELECT name, birth_date, from_date, until_date FROM register.licence_manager WHERE licence_id = :id
                ORDER BY position""")
                .param("id", id).query((rs, n) -> new ManagerTerm(new Person(rs.getString("name"),
                        localDate(rs, "birth_date")), localDate(rs, "from_date"), localDate(rs, "until_date"))).list();
        List<HistoryEntry> history = jdbc.sql("""
                SELECT at, by_whom, action, from_state, to_state, reason FROM register.licence_history
                WHERE licence_id = :id ORDER BY id""")
                .param("id", id).query((rs, n) -> new HistoryEntry(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("by_whom"), rs.getString("action"), rs.getString("from_state"),
                        rs.getString("to_state"), rs.getString("reason"))).list();
        return jdbc.sql("SELECT * FROM register.licence WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs, managers, history)).single();
    }

    private Licence map(ResultSet rs, List<ManagerTerm> managers, List<HistoryEntry> history) throws SQLException {
        Address premises = rs.getString("premises_street") == null ? null
                : new Address(rs.getString("premises_street"), rs.getString("premises_house_number"),
                        rs.getString("premises_postcode"), rs.getString("premises_town"));
        Business business = new Business(LicenceKind.valueOf(rs.getString("kind")),
                MunicipalityCode.of(rs.getString("municipality")), rs.getString("business_name"), premises,
                new AdPhoneNumber(rs.getString("ad_phone")), (Integer) rs.getObject("workrooms"),
                rs.getInt("expected_sex_workers"));
        Operator holder = new Operator(Operator.Type.valueOf(rs.getString("holder_type")), rs.getString("holder_name"),
                localDate(rs, "holder_birth_date"),
                rs.getString("holder_kvk") == null ? null : new KvkNumber(rs.getString("holder_kvk")));
        return new Licence(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("application_id", UUID.class),
                new ApplicationReference(rs.getString("application_reference")),
                business, holder, managers, strings(rs.getArray("conditions")), localDate(rs, "valid_from"),
                localDate(rs, "valid_until"), rs.getString("rulebook_version"),
                LicenceState.valueOf(rs.getString("state")),
                localDate(rs, "suspended_until"), localDate(rs, "ended_on"), localDate(rs, "renewal_reminded_on"),
                rs.getInt("version"), history);
    }
}
