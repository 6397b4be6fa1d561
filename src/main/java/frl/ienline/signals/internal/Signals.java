package frl.ienline.signals.internal;

import frl.ienline.shared.Actor;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.IndicatorCode;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalFact;
import frl.ienline.signals.SignalReference;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.FieldCipher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The signals schema, read and written with plain SQL. Every free text goes through the kit's {@link FieldCipher}
 * with its table, column and row id as associated data; phone numbers, pseudonyms and addresses also get a
 * blind index. Reads that depend on the viewer put {@link Viewer#VISIBLE} into the query.
 */
@Repository
public class Signals {

    /** Every encrypted column: what the re-encryption job walks and the encryption test reads. */
    static final EncryptedColumn OBSERVATION = SignalsCrypto.column("signal", "observation_enc");
    static final EncryptedColumn LOCATION = SignalsCrypto.column("signal", "location_enc");
    static final EncryptedColumn REPORTER_ORG = SignalsCrypto.column("signal", "reporter_org_enc");
    static final EncryptedColumn PSEUDONYM = SignalsCrypto.column("person", "pseudonym_enc");
    static final EncryptedColumn DESCRIPTORS = SignalsCrypto.column("person", "descriptors_enc");
    static final EncryptedColumn PHONE = SignalsCrypto.column("phone", "number_enc");
    static final EncryptedColumn NOTE = SignalsCrypto.column("indicator", "note_enc");
    static final EncryptedColumn ADDITION = SignalsCrypto.column("addition", "text_enc");
    static final EncryptedColumn HISTORY_DETAIL = SignalsCrypto.column("history", "detail_enc");
    static final EncryptedColumn CONSENT_REASON = SignalsCrypto.column("share", "consent_reason_enc");
    static final List<EncryptedColumn> ENCRYPTED = List.of(OBSERVATION, LOCATION, REPORTER_ORG, PSEUDONYM,
            DESCRIPTORS, PHONE, NOTE, ADDITION, HISTORY_DETAIL, CONSENT_REASON);

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final SignalsIndex index;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    Signals(JdbcClient jdbc, SignalsCrypto.SignalsKeys keys, java.time.Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = keys.cipher();
        this.index = keys.index();
        this.zone = clock.getZone();
        this.events = events;
    }

    // ---------------------------------------------------------------- writing

    void insert(UUID id, SignalReference reference, NewSignal signal, Instant now, Actor registrant,
            String followUpHash) {
        jdbc.sql("""
                INSERT INTO signals.signal (id, reference, source, state, municipality, location_type, observed_on,
                    part_of_day, observation_enc, location_enc, location_bi, reporter_org_enc, control_id,
                    registered_at, registered_by, registered_by_name, registered_by_org, followup_secret_hash)
                VALUES (:id, :reference, :source, 'NEW', :municipality, :locationType, :observedOn, :partOfDay,
                    :observation, :location, :locationBi, :reporterOrg, :controlId, :now, :by, :byName, :byOrg, :followUp)
                """)
                .param("id", id).param("reference", reference.value()).param("source", signal.source().name())
                .param("municipality", signal.municipality() == null ? null : signal.municipality().value())
                .param("locationType", signal.locationType().name()).param("observedOn", signal.observedOn())
                .param("partOfDay", signal.partOfDay() == null ? null : signal.partOfDay().name())
                .param("observation", cipher.encrypt(signal.observation(), OBSERVATION.at(id)))
                .param("location", cipher.encrypt(signal.location(), LOCATION.at(id)))
                .param("locationBi", signal.location() == null ? null : index.address(signal.location()))
                .param("reporterOrg", cipher.encrypt(signal.reporterOrganisation(), REPORTER_ORG.at(id)))
                .param("controlId", signal.controlId()).param("now", Timestamp.from(now))
                .param("by", registrant == null ? null : registrant.id())
                .param("byName", registrant == null ? null : registrant.username())
                .param("byOrg", registrant == null ? null : registrant.organisationCode())
                .param("followUp", followUpHash)
                .update();
        events.publishEvent(new SignalFact.SignalRegistered(id, signal.municipality(), signal.source().name(),
                signal.indicators().stream().map(i -> i.code().group().name()).distinct().sorted().toList(),
                now.atZone(zone).toLocalDate()));
        int position = 0;
        for (PersonConcerned person : signal.persons()) {
            UUID personId = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO signals.person (id, signal_id, position, pseudonym_enc, pseudonym_bi, descriptors_enc)
                    VALUES (:id, :signal, :position, :pseudonym, :bi, :descriptors)""")
                    .param("id", personId).param("signal", id).param("position", position++)
                    .param("pseudonym", cipher.encrypt(person.pseudonym(), PSEUDONYM.at(personId)))
                    .param("bi", index.pseudonym(person.pseudonym()))
                    .param("descriptors", person.descriptors().isEmpty() ? null
                            : cipher.encrypt(person.descriptors().serialise(), DESCRIPTORS.at(personId)))
                    .update();
        }
        for (String phone : signal.phones()) {
            UUID phoneId = UUID.randomUUID();
            jdbc.sql("INSERT INTO signals.phone (id, signal_id, number_enc, number_bi) VALUES (:id, :signal, :n, :bi)")
                    .param("id", phoneId).param("signal", id)
                    .param("n", cipher.encrypt(phone, PHONE.at(phoneId))).param("bi", index.phone(phone))
                    .update();
        }
        for (Indicator indicator : signal.indicators()) {
            UUID indicatorId = UUID.randomUUID();
            jdbc.sql("INSERT INTO signals.indicator (id, signal_id, code, note_enc) VALUES (:id, :signal, :code, :note)")
                    .param("id", indicatorId).param("signal", id).param("code", indicator.code().name())
                    .param("note", cipher.encrypt(indicator.note(), NOTE.at(indicatorId))).update();
        }
        List<Link> links = new ArrayList<>(signal.links());
        if (signal.controlId() != null) {
            links.add(new Link(LinkKind.CONTROL, signal.controlId()));
        }
        for (Link link : new java.util.LinkedHashSet<>(links)) {
            jdbc.sql("INSERT INTO signals.link (signal_id, kind, target_id) VALUES (:signal, :kind, :target)")
                    .param("signal", id).param("kind", link.kind().name()).param("target", link.targetId()).update();
        }
    }

    /** Compare-and-set of the life cycle: false when someone else changed it first. */
    boolean changeStatus(UUID id, Status from, Status to, Instant closedAt) {
        return jdbc.sql("""
                UPDATE signals.signal SET state = :to, outcome = :outcome, merged_into = :merged, closed_at = :closedAt
                WHERE id = :id AND state = :from AND merged_into IS NULL""")
                .param("to", to.state().name()).param("outcome", to.outcome() == null ? null : to.outcome().name())
                .param("merged", to.mergedInto()).param("closedAt", closedAt == null ? null : Timestamp.from(closedAt))
                .param("id", id).param("from", from.state().name()).update() == 1;
    }

    void recordHistory(UUID signalId, Instant at, Actor actor, String event, SignalState from, SignalState to,
            String detail) {
        UUID entryId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO signals.history (id, signal_id, at, actor_id, actor_name, actor_org, event, from_state,
                    to_state, detail_enc)
                VALUES (:id, :signal, :at, :actorId, :actorName, :actorOrg, :event, :from, :to, :detail)""")
                .param("id", entryId).param("signal", signalId).param("at", Timestamp.from(at))
                .param("actorId", actor == null ? null : actor.id())
                .param("actorName", actor == null ? "anonymous" : actor.username())
                .param("actorOrg", actor == null ? null : actor.organisationCode()).param("event", event)
                .param("from", from == null ? null : from.name()).param("to", to == null ? null : to.name())
                .param("detail", cipher.encrypt(detail, HISTORY_DETAIL.at(entryId))).update();
    }

    void insertShare(ShareRecord share, UUID sharedBy) {
        jdbc.sql("""
                INSERT INTO signals.share (id, signal_id, shared_at, shared_by, shared_by_name, shared_by_org,
                    recipient_kind, recipient_org, fields, legal_basis_code, legal_basis_label, consent, consent_reason_enc)
                VALUES (:id, :signal, :at, :by, :byName, :byOrg, :kind, :recipient, :fields, :basis, :basisLabel,
                    :consent, :reason)""")
                .param("id", share.id()).param("signal", share.signalId()).param("at", Timestamp.from(share.sharedAt()))
                .param("by", sharedBy).param("byName", share.sharedByName()).param("byOrg", share.sharedByOrg())
                .param("kind", share.recipientKind().name()).param("recipient", share.recipientOrg())
                .param("fields", share.fields().stream().map(Enum::name).toArray(String[]::new))
                .param("basis", share.legalBasisCode()).param("basisLabel", share.legalBasisLabel())
                .param("consent", share.consent() == null ? null : share.consent().name())
                .param("reason", cipher.encrypt(share.consentReason(), CONSENT_REASON.at(share.id())))
                .update();
        String municipality = jdbc.sql("SELECT municipality FROM signals.signal WHERE id = :id")
                .param("id", share.signalId()).query(String.class).optional().orElse(null);
        events.publishEvent(new SignalFact.SignalReferred(share.signalId(), share.id(),
                municipality == null ? null : MunicipalityCode.of(municipality), share.recipientKind().name(),
                share.sharedAt().atZone(zone).toLocalDate()));
    }

    void addAddition(UUID signalId, Instant at, Source source, String text) {
        UUID additionId = UUID.randomUUID();
        jdbc.sql("INSERT INTO signals.addition (id, signal_id, added_at, source, text_enc) VALUES (:id, :s, :at, :src, :t)")
                .param("id", additionId).param("s", signalId).param("at", Timestamp.from(at))
                .param("src", source.name()).param("t", cipher.encrypt(text, ADDITION.at(additionId))).update();
    }

    /** One more closed (or merged) signal in the counts that reporting keeps after the signal is gone. */
    void count(UUID signalId, Instant at, MunicipalityCode municipality, String outcome, Source source) {
        events.publishEvent(new SignalFact.SignalClosed(signalId, municipality, source.name(), outcome,
                at.atZone(zone).toLocalDate()));
        LocalDate month = at.atZone(zone).toLocalDate().withDayOfMonth(1);
        jdbc.sql("""
                INSERT INTO signals.signal_count (month, municipality, outcome, source, count)
                VALUES (:month, :municipality, :outcome, :source, 1)
                ON CONFLICT (month, municipality, outcome, source) DO UPDATE SET count = signal_count.count + 1""")
                .param("month", month).param("municipality", municipality == null ? "UNKNOWN" : municipality.value())
                .param("outcome", outcome).param("source", source.name()).update();
    }

    // ---------------------------------------------------------------- reading

    enum Access { FULL, RECIPIENT }

    /** How the viewer may see this signal, or empty when not at all (the 404 case). */
    Optional<Access> access(UUID id, Viewer viewer) {
        return jdbc.sql("SELECT " + Viewer.FULL + " AS full FROM signals.signal s WHERE s.id = :id AND " + Viewer.VISIBLE)
                .params(viewer.params()).param("id", id)
                .query((rs, n) -> rs.getBoolean("full") ? Access.FULL : Access.RECIPIENT).optional();
    }

    Optional<UUID> idOf(SignalReference reference) {
        return jdbc.sql("SELECT id FROM signals.signal WHERE reference = :r").param("r", reference.value())
                .query(UUID.class).optional();
    }

    Status status(UUID id) {
        return jdbc.sql("SELECT state, outcome, merged_into FROM signals.signal WHERE id = :id").param("id", id)
                .query((rs, n) -> new Status(SignalState.valueOf(rs.getString("state")),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                        rs.getObject("merged_into", UUID.class)))
                .single();
    }

    /** The whole signal, decrypted. Callers check {@link #access} first. */
    Optional<Signal> load(UUID id) {
        Optional<Signal> head = jdbc.sql("SELECT * FROM signals.signal WHERE id = :id").param("id", id)
                .query((rs, n) -> head(rs)).optional();
        return head.map(this::withChildren);
    }

    private Signal head(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp closed = rs.getTimestamp("closed_at");
        java.sql.Date observed = rs.getDate("observed_on");
        return new Signal(id, new SignalReference(rs.getString("reference")), Source.valueOf(rs.getString("source")),
                new Status(SignalState.valueOf(rs.getString("state")),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                        rs.getObject("merged_into", UUID.class)),
                rs.getString("municipality") == null ? null : MunicipalityCode.of(rs.getString("municipality")),
                LocationType.valueOf(rs.getString("location_type")),
                cipher.decrypt(rs.getString("location_enc"), LOCATION.at(id)),
                observed == null ? null : observed.toLocalDate(),
                rs.getString("part_of_day") == null ? null : PartOfDay.valueOf(rs.getString("part_of_day")),
                cipher.decrypt(rs.getString("observation_enc"), OBSERVATION.at(id)),
                cipher.decrypt(rs.getString("reporter_org_enc"), REPORTER_ORG.at(id)),
                rs.getString("control_id"), rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by_name"), rs.getString("registered_by_org"),
                closed == null ? null : closed.toInstant(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private Signal withChildren(Signal s) {
        List<PersonConcerned> persons = jdbc.sql("""
                SELECT id, pseudonym_enc, descriptors_enc FROM signals.person WHERE signal_id = :id ORDER BY position""")
                .param("id", s.id()).query((rs, n) -> {
                    UUID pid = rs.getObject("id", UUID.class);
                    return new PersonConcerned(cipher.decrypt(rs.getString("pseudonym_enc"), PSEUDONYM.at(pid)),
                            Descriptors.deserialise(cipher.decrypt(rs.getString("descriptors_enc"), DESCRIPTORS.at(pid))));
                }).list();
        List<String> phones = jdbc.sql("SELECT id, number_enc FROM signals.phone WHERE signal_id = :id ORDER BY id")
                .param("id", s.id())
                .query((rs, n) -> cipher.decrypt(rs.getString("number_enc"), PHONE.at(rs.getObject("id", UUID.class))))
                .list();
        List<Indicator> indicators = jdbc.sql("SELECT id, code, note_enc FROM signals.indicator WHERE signal_id = :id")
                .param("id", s.id())
                .query((rs, n) -> new Indicator(IndicatorCode.valueOf(rs.getString("code")),
                        cipher.decrypt(rs.getString("note_enc"), NOTE.at(rs.getObject("id", UUID.class)))))
                .list().stream().sorted(java.util.Comparator.comparing(Indicator::code)).toList();
        List<Link> links = jdbc.sql("SELECT kind, target_id FROM signals.link WHERE signal_id = :id ORDER BY kind, target_id")
                .param("id", s.id())
                .query((rs, n) -> new Link(LinkKind.valueOf(rs.getString("kind")), rs.getString("target_id"))).list();
        List<Addition> additions = jdbc.sql("""
                SELECT id, added_at, source, text_enc FROM signals.addition WHERE signal_id = :id ORDER BY added_at""")
                .param("id", s.id())
                .query((rs, n) -> new Addition(rs.getTimestamp("added_at").toInstant(), Source.valueOf(rs.getString("source")),
                        cipher.decrypt(rs.getString("text_enc"), ADDITION.at(rs.getObject("id", UUID.class)))))
                .list();
        return new Signal(s.id(), s.reference(), s.source(), s.status(), s.municipality(), s.locationType(),
                s.location(), s.observedOn(), s.partOfDay(), s.observation(), s.reporterOrganisation(), s.controlId(),
                s.registeredAt(), s.registeredByName(), s.registeredByOrg(), s.closedAt(), persons, phones, indicators,
                links, additions);
    }

    /** Signals the viewer may see, newest first; merged signals are listed under the one they went into. */
    List<SignalSummary> listVisible(Viewer viewer, SignalState state, int limit) {
        return jdbc.sql("SELECT s.id, s.reference, s.source, s.state, s.outcome, s.municipality, s.location_type,"
                + " s.registered_at, s.registered_by_org, " + Viewer.FULL + " AS full FROM signals.signal s"
                + " WHERE s.merged_into IS NULL AND (CAST(:state AS TEXT) IS NULL OR s.state = :state) AND " + Viewer.VISIBLE
                + " ORDER BY s.registered_at DESC LIMIT :limit")
                .params(viewer.params()).param("state", state == null ? null : state.name()).param("limit", limit)
                .query((rs, n) -> new SignalSummary(rs.getObject("id", UUID.class),
                        new SignalReference(rs.getString("reference")), Source.valueOf(rs.getString("source")),
                        SignalState.valueOf(rs.getString("state")),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("municipality"), LocationType.valueOf(rs.getString("location_type")),
                        rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by_org"),
                        rs.getBoolean("full")))
                .list();
    }

    /** Signals whose phone number blind index matches, visible to the viewer (a search by phone). */
    List<SignalSummary> findByPhone(Viewer viewer, String e164) {
        return jdbc.sql("SELECT s.id, s.reference, s.source, s.state, s.outcome, s.municipality, s.location_type,"
                + " s.registered_at, s.registered_by_org, " + Viewer.FULL + " AS full FROM signals.signal s"
                + " WHERE EXISTS (SELECT 1 FROM signals.phone p WHERE p.signal_id = s.id AND p.number_bi IN (:bi)) AND "
                + Viewer.FULL + " ORDER BY s.registered_at DESC LIMIT 100")
                .params(viewer.params()).param("bi", index.phoneCandidates(e164)) // every key: a rotation may be under way
                .query((rs, n) -> new SignalSummary(rs.getObject("id", UUID.class),
                        new SignalReference(rs.getString("reference")), Source.valueOf(rs.getString("source")),
                        SignalState.valueOf(rs.getString("state")),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("municipality"), LocationType.valueOf(rs.getString("location_type")),
                        rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by_org"), true))
                .list();
    }

    List<HistoryEntry> history(UUID signalId) {
        return jdbc.sql("""
                SELECT id, at, actor_name, actor_org, event, from_state, to_state, detail_enc
                FROM signals.history WHERE signal_id = :id ORDER BY at, id""").param("id", signalId)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
                        rs.getString("actor_org"), rs.getString("event"),
                        rs.getString("from_state") == null ? null : SignalState.valueOf(rs.getString("from_state")),
                        rs.getString("to_state") == null ? null : SignalState.valueOf(rs.getString("to_state")),
                        cipher.decrypt(rs.getString("detail_enc"), HISTORY_DETAIL.at(rs.getObject("id", UUID.class)))))
                .list();
    }

    private static final String SHARE_COLUMNS = """
            sh.id, sh.signal_id, s.reference, sh.shared_at, sh.shared_by_name, sh.shared_by_org, sh.recipient_kind,
            sh.recipient_org, sh.fields, sh.legal_basis_code, sh.legal_basis_label, sh.consent, sh.consent_reason_enc""";

    List<ShareRecord> shares(UUID signalId) {
        return jdbc.sql("SELECT " + SHARE_COLUMNS + " FROM signals.share sh JOIN signals.signal s ON s.id = sh.signal_id"
                + " WHERE sh.signal_id = :id ORDER BY sh.shared_at").param("id", signalId)
                .query((rs, n) -> share(rs)).list();
    }

    Optional<ShareRecord> share(UUID signalId, UUID shareId) {
        return jdbc.sql("SELECT " + SHARE_COLUMNS + " FROM signals.share sh JOIN signals.signal s ON s.id = sh.signal_id"
                + " WHERE sh.signal_id = :signal AND sh.id = :id").param("signal", signalId).param("id", shareId)
                .query((rs, n) -> share(rs)).optional();
    }

    /** The overall share register: all shares of signals the viewer sees in full, or all when {@code viewer} is null. */
    List<ShareRecord> shareRegister(Viewer viewer, int limit) {
        String where = viewer == null ? "TRUE" : Viewer.FULL;
        var sql = jdbc.sql("SELECT " + SHARE_COLUMNS + " FROM signals.share sh JOIN signals.signal s ON s.id = sh.signal_id"
                + " WHERE " + where + " ORDER BY sh.shared_at DESC LIMIT :limit").param("limit", limit);
        if (viewer != null) {
            sql = sql.params(viewer.params());
        }
        return sql.query((rs, n) -> share(rs)).list();
    }

    Set<SharedField> fieldsSharedWith(UUID signalId, String organisation) {
        Set<SharedField> fields = EnumSet.noneOf(SharedField.class);
        jdbc.sql("SELECT DISTINCT unnest(fields) FROM signals.share WHERE signal_id = :id AND recipient_org = :org")
                .param("id", signalId).param("org", organisation).query(String.class).list()
                .forEach(f -> fields.add(SharedField.valueOf(f)));
        return fields;
    }

    private ShareRecord share(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Array array = rs.getArray("fields");
        List<SharedField> fields = Arrays.stream((String[]) array.getArray()).map(SharedField::valueOf).toList();
        return new ShareRecord(id, rs.getObject("signal_id", UUID.class), new SignalReference(rs.getString("reference")),
                rs.getTimestamp("shared_at").toInstant(), rs.getString("shared_by_name"), rs.getString("shared_by_org"),
                RecipientKind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient_org"), fields,
                rs.getString("legal_basis_code"), rs.getString("legal_basis_label"),
                rs.getString("consent") == null ? null : Consent.valueOf(rs.getString("consent")),
                cipher.decrypt(rs.getString("consent_reason_enc"), CONSENT_REASON.at(id)));
    }

    /** A possible duplicate and why: the matches found through the blind indexes and linked ids. */
    public record Duplicate(UUID id, SignalReference reference, SignalState state, Instant registeredAt,
            boolean samePhone, boolean samePseudonym, boolean sameAddress, boolean sameNetworkOrAd) {
    }

    List<Duplicate> duplicates(UUID signalId, Viewer viewer, Instant since) {
        return jdbc.sql("SELECT * FROM (SELECT s.id, s.reference, s.state, s.registered_at,"
                + " EXISTS (SELECT 1 FROM signals.phone p JOIN signals.phone q ON p.number_bi = q.number_bi"
                + "   WHERE p.signal_id = s.id AND q.signal_id = :id) AS phone,"
                + " EXISTS (SELECT 1 FROM signals.person p JOIN signals.person q ON p.pseudonym_bi = q.pseudonym_bi"
                + "   WHERE p.signal_id = s.id AND q.signal_id = :id) AS pseudonym,"
                + " (s.location_bi IS NOT NULL AND s.location_bi = (SELECT x.location_bi FROM signals.signal x WHERE x.id = :id)) AS address,"
                + " EXISTS (SELECT 1 FROM signals.link p JOIN signals.link q ON p.kind = q.kind AND p.target_id = q.target_id"
                + "   WHERE p.kind IN ('NETWORK', 'AD') AND p.signal_id = s.id AND q.signal_id = :id) AS network"
                + " FROM signals.signal s WHERE s.id <> :id AND s.merged_into IS NULL AND s.registered_at >= :since AND "
                + Viewer.FULL + ") d WHERE phone OR pseudonym OR address OR network ORDER BY registered_at DESC LIMIT 20")
                .params(viewer.params()).param("id", signalId).param("since", Timestamp.from(since))
                .query((rs, n) -> new Duplicate(rs.getObject("id", UUID.class), new SignalReference(rs.getString("reference")),
                        SignalState.valueOf(rs.getString("state")), rs.getTimestamp("registered_at").toInstant(),
                        rs.getBoolean("phone"), rs.getBoolean("pseudonym"), rs.getBoolean("address"),
                        rs.getBoolean("network")))
                .list();
    }

    /** References of signals merged into this one. */
    Map<UUID, SignalReference> mergedInto(UUID primary) {
        Map<UUID, SignalReference> merged = new HashMap<>();
        jdbc.sql("SELECT id, reference FROM signals.signal WHERE merged_into = :id").param("id", primary)
                .query((rs, n) -> merged.put(rs.getObject("id", UUID.class), new SignalReference(rs.getString("reference"))))
                .list();
        return merged;
    }

    record FollowUp(UUID id, String secretHash, boolean open) {
    }

    Optional<FollowUp> followUp(SignalReference reference) {
        return jdbc.sql("""
                SELECT id, followup_secret_hash, state <> 'CLOSED' AS open
                FROM signals.signal WHERE reference = :r AND source = 'PUBLIC'""").param("r", reference.value())
                .query((rs, n) -> new FollowUp(rs.getObject("id", UUID.class), rs.getString("followup_secret_hash"),
                        rs.getBoolean("open")))
                .optional();
    }
}
