package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.IndicatorCode;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import frl.ienline.platform.crypto.EncryptedColumn;
import org.springframework.stereotype.Repository;

import static frl.ienline.supervision.internal.Sql.array;
import static frl.ienline.supervision.internal.Sql.date;
import static frl.ienline.supervision.internal.Sql.instant;
import static frl.ienline.supervision.internal.Sql.strings;
import static frl.ienline.supervision.internal.Sql.ts;

/**
 * Case files with their ads, addresses, persons met and licensed businesses; the intervened cases a set of
 * networks and phone indexes meets (displacement); and the destruction of closed cases.
 */
@Repository
public class CaseStore {

    private final JdbcClient jdbc;
    private final SupervisionKeys keys;

    CaseStore(JdbcClient jdbc, SupervisionKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    private String enc(String plain, EncryptedColumn column, Object rowId) {
        return keys.encrypt(plain, column, rowId);
    }

    /** The column's value in the current row, bound to the row's id. */
    private String dec(ResultSet rs, EncryptedColumn column) throws SQLException {
        return keys.decrypt(rs.getString(column.column()), column, rs.getObject(column.idColumn()));
    }

    /**
     * A case ad holding one of the blind indexes {@code :i}. Overlap ({@code &&}), not {@code = ANY(column)}, so the
     * GIN index on {@code case_ad.identifier_indexes} can answer it ({@code CaseLookupIndexTests}).
     */
    static final String IDENTIFIERS_IN_CASE_AD = "a.identifier_indexes && CAST(:i AS TEXT[])";
    // ------------------------------------------------------------------------------------------ cases

    private Rows.Case caseRow(ResultSet rs, int n) throws SQLException {
        return new Rows.Case(rs.getObject("id", UUID.class), rs.getString("reference"),
                MunicipalityCode.of(rs.getString("municipality")), dec(rs, SupervisionKeys.CASE_TITLE), rs.getString("state"),
                instant(rs, "opened_at"), rs.getString("opened_by"), date(rs, "closed_on"));
    }

    public void insertCase(UUID id, String reference, MunicipalityCode municipality, String title, String openedBy,
            Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.case_file (id, reference, municipality, title, state, opened_at, opened_by)
                VALUES (:id, :ref, :m, :title, 'OPEN', :now, :by)""")
                .param("id", id).param("ref", reference).param("m", municipality.value()).param("title", enc(title, SupervisionKeys.CASE_TITLE, id))
                .param("now", ts(now)).param("by", openedBy).update();
    }

    public Optional<Rows.Case> caseFile(UUID id, String[] scope) {
        return jdbc.sql("SELECT * FROM supervision.case_file WHERE id = :id AND municipality = ANY(:scope)")
                .param("id", id).param("scope", scope).query(this::caseRow).optional();
    }

    public Optional<Rows.Case> caseFileAnyScope(UUID id) {
        return jdbc.sql("SELECT * FROM supervision.case_file WHERE id = :id").param("id", id)
                .query(this::caseRow).optional();
    }

    public List<Rows.Case> openCases(String[] scope) {
        return jdbc.sql("""
                SELECT * FROM supervision.case_file WHERE municipality = ANY(:scope) AND state = 'OPEN'
                ORDER BY opened_at DESC LIMIT 500""").param("scope", scope).query(this::caseRow).list();
    }

    public int closeCase(UUID id, LocalDate on) {
        return jdbc.sql("UPDATE supervision.case_file SET state = 'CLOSED', closed_on = :on WHERE id = :id AND state = 'OPEN'")
                .param("id", id).param("on", on).update();
    }

    public void addAd(UUID caseId, String adId, String networkId, MunicipalityCode municipality,
            java.util.Collection<String> identifiers, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.case_ad (case_id, ad_id, network_id, municipality, identifier_indexes, added_at)
                VALUES (:c, :ad, :network, :m, :identifiers, :now) ON CONFLICT DO NOTHING""")
                .param("c", caseId).param("ad", adId).param("network", networkId).param("m", municipality.value())
                .param("identifiers", array(identifiers)).param("now", ts(now)).update();
    }

    public List<Rows.CaseAd> ads(UUID caseId) {
        return jdbc.sql("SELECT * FROM supervision.case_ad WHERE case_id = :c ORDER BY added_at").param("c", caseId)
                .query((rs, n) -> new Rows.CaseAd(rs.getString("ad_id"), rs.getString("network_id"),
                        MunicipalityCode.of(rs.getString("municipality")), strings(rs, "identifier_indexes"))).list();
    }

    public void addAddress(UUID caseId, String address, MunicipalityCode municipality, Instant now) {
        UUID addressId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO supervision.case_address (id, case_id, address, municipality, added_at)
                VALUES (:id, :c, :a, :m, :now)""")
                .param("id", addressId).param("c", caseId).param("a", enc(address, SupervisionKeys.ADDRESS, addressId)).param("m", municipality.value())
                .param("now", ts(now)).update();
    }

    public List<Rows.CaseAddress> addresses(UUID caseId) {
        return jdbc.sql("SELECT * FROM supervision.case_address WHERE case_id = :c ORDER BY added_at").param("c", caseId)
                .query((rs, n) -> new Rows.CaseAddress(rs.getObject("id", UUID.class), dec(rs, SupervisionKeys.ADDRESS),
                        MunicipalityCode.of(rs.getString("municipality")))).list();
    }

    public UUID addPerson(UUID caseId, PersonMet person, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO supervision.case_person (id, case_id, working_name, age_band, nationality, language,
                    phone_index, added_at) VALUES (:id, :c, :name, :age, :nat, :lang, :phone, :now)""")
                .param("id", id).param("c", caseId).param("name", enc(person.workingName(), SupervisionKeys.PERSON_NAME, id))
                .param("age", person.ageBand().name()).param("nat", enc(person.nationality(), SupervisionKeys.PERSON_NATIONALITY, id))
                .param("lang", person.language()).param("phone", person.phoneIndex()).param("now", ts(now)).update();
        return id;
    }

    private Rows.CasePerson personRow(ResultSet rs, int n) throws SQLException {
        return new Rows.CasePerson(rs.getObject("id", UUID.class), dec(rs, SupervisionKeys.PERSON_NAME),
                AgeBand.valueOf(rs.getString("age_band")), dec(rs, SupervisionKeys.PERSON_NATIONALITY), rs.getString("language"),
                rs.getString("phone_index"));
    }

    public List<Rows.CasePerson> persons(UUID caseId) {
        return jdbc.sql("SELECT * FROM supervision.case_person WHERE case_id = :c ORDER BY added_at").param("c", caseId)
                .query(this::personRow).list();
    }

    public Optional<Rows.CasePerson> person(UUID caseId, UUID personId) {
        return jdbc.sql("SELECT * FROM supervision.case_person WHERE case_id = :c AND id = :id")
                .param("c", caseId).param("id", personId).query(this::personRow).optional();
    }

    public void addBusiness(UUID caseId, String number, UUID licenceId, MunicipalityCode municipality, String name,
            Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.case_business (case_id, licence_number, licence_id, municipality, business_name,
                    added_at) VALUES (:c, :n, :l, :m, :name, :now) ON CONFLICT DO NOTHING""")
                .param("c", caseId).param("n", number).param("l", licenceId).param("m", municipality.value())
                .param("name", name).param("now", ts(now)).update();
    }

    public List<Rows.CaseBusiness> businesses(UUID caseId) {
        return jdbc.sql("SELECT * FROM supervision.case_business WHERE case_id = :c ORDER BY added_at")
                .param("c", caseId).query((rs, n) -> new Rows.CaseBusiness(rs.getString("licence_number"),
                        rs.getObject("licence_id", UUID.class), MunicipalityCode.of(rs.getString("municipality")),
                        rs.getString("business_name"))).list();
    }


    /**
     * What the networks and identifiers of a whole import batch meet in intervened cases: one query for the
     * networks, one for the identifiers (the same cases and match kinds the per-ad queries above find).
     */
    public CaseLinks intervenedLinks(Collection<String> networkIds, Collection<String> identifiers) {
        Map<String, List<CaseLinks.Link>> byNetwork = new HashMap<>();
        if (!networkIds.isEmpty()) {
            jdbc.sql("""
                    SELECT DISTINCT a.network_id, c.id, c.municipality FROM supervision.case_file c
                      JOIN supervision.case_ad a ON a.case_id = c.id
                     WHERE a.network_id = ANY(:n) AND """ + INTERVENED)
                    .param("n", array(networkIds)).query(rs -> {
                        byNetwork.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CaseLinks.Link(
                                rs.getObject(2, UUID.class), MunicipalityCode.of(rs.getString(3)), "NETWORK"));
                    });
        }
        Map<String, List<CaseLinks.Link>> byIdentifier = new HashMap<>();
        if (!identifiers.isEmpty()) {
            jdbc.sql("""
                    SELECT DISTINCT i.identifier, c.id, c.municipality, 'PHONE' AS match_kind
                      FROM supervision.case_file c
                      JOIN supervision.case_ad a ON a.case_id = c.id
                     CROSS JOIN LATERAL unnest(a.identifier_indexes) AS i(identifier)
                    """ + " WHERE " + IDENTIFIERS_IN_CASE_AD + """
                       AND i.identifier = ANY(:i) AND """ + INTERVENED + """
                     UNION
                    SELECT DISTINCT p.phone_index, c.id, c.municipality, 'PERSON' AS match_kind
                      FROM supervision.case_file c
                      JOIN supervision.case_person p ON p.case_id = c.id
                     WHERE p.phone_index = ANY(:i) AND """ + INTERVENED)
                    .param("i", array(identifiers)).query(rs -> {
                        byIdentifier.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CaseLinks.Link(
                                rs.getObject(2, UUID.class), MunicipalityCode.of(rs.getString(3)), rs.getString(4)));
                    });
        }
        return new CaseLinks(byNetwork, byIdentifier);
    }

    private static final String INTERVENED = """
            (EXISTS (SELECT 1 FROM supervision.control k WHERE k.case_id = c.id AND k.state = 'REPORTED')
             OR EXISTS (SELECT 1 FROM supervision.enforcement_action e WHERE e.case_id = c.id))
            """;

    public List<UUID> closedBefore(LocalDate closedOnOrBefore) {
        return jdbc.sql("SELECT id FROM supervision.case_file WHERE state = 'CLOSED' AND closed_on <= :d")
                .param("d", closedOnOrBefore).query(UUID.class).list();
    }

    public int deleteCases(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM supervision.case_file WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).update();
    }

    public void recordDestruction(String category, int cases, boolean dryRun, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.destruction (id, category, cases, dry_run, performed_at)
                VALUES (:id, :cat, :n, :dry, :now)""")
                .param("id", UUID.randomUUID()).param("cat", category).param("n", cases).param("dry", dryRun)
                .param("now", ts(now)).update();
    }
}
