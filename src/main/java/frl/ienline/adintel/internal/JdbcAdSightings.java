package frl.ienline.adintel.internal;

import frl.ienline.adintel.AdHolds;
import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AdSightings} and {@link AdHolds} over the adintel tables: ids, codes and blind indexes only. The
 * cluster and network of a sighting are the ad's current ones (they change as groups grow and merge).
 */
@Component
class JdbcAdSightings implements AdSightings, AdHolds {

    private static final String SELECT = """
            SELECT s.id, s.ad_id, s.municipality, s.captured_at, s.licence_check, a.cluster_id, a.network_id,
                   ARRAY(SELECT i.code FROM adintel.indicator i WHERE i.snapshot_id = s.id ORDER BY i.position) AS codes,
                   ARRAY(SELECT DISTINCT e.blind_index FROM adintel.entity e WHERE e.snapshot_id = s.id
                         AND e.kind IN ('PHONE', 'EMAIL')) AS indexes,
                   EXISTS (SELECT 1 FROM adintel.mobility_move m WHERE m.snapshot_id = s.id AND m.kind = 'NEW_IN_TOWN') AS new_in_town
            FROM adintel.snapshot s JOIN adintel.ad a ON a.id = s.ad_id
            """;

    private final JdbcClient jdbc;
    private final AdBlindIndex index;
    private final Clock clock;

    JdbcAdSightings(JdbcClient jdbc, AdBlindIndex index, Clock clock) {
        this.jdbc = jdbc;
        this.index = index;
        this.clock = clock;
    }

    @Override
    public List<AdSighting> ofImport(UUID importId) {
        return jdbc.sql(SELECT + " WHERE s.import_id = ? ORDER BY s.line").param(importId).query(this::sighting).list();
    }

    @Override
    public Optional<AdSighting> latest(String adId) {
        UUID id = uuid(adId);
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE s.id = a.latest_snapshot_id AND a.id = ?").param(id).query(this::sighting).optional();
    }

    @Override
    public List<AdSighting> sharing(String identifierIndex) {
        return jdbc.sql(SELECT + """
                 WHERE s.id = a.latest_snapshot_id AND a.id IN (SELECT s2.ad_id FROM adintel.entity e
                   JOIN adintel.snapshot s2 ON s2.id = e.snapshot_id WHERE e.blind_index = ?)
                 ORDER BY s.captured_at, s.id""").param(identifierIndex).query(this::sighting).list();
    }

    @Override
    public List<AdSighting> ofNetwork(String networkId) {
        UUID id = uuid(networkId);
        if (id == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE s.id = a.latest_snapshot_id AND a.network_id = ? ORDER BY s.captured_at, s.id")
                .param(id).query(this::sighting).list();
    }

    @Override
    public List<AdSighting> carryingLicence(String licenceNumber) {
        if (licenceNumber == null || licenceNumber.isBlank()) {
            return List.of();
        }
        // the ad's current status (a.licence_check) replaces the snapshot's status at import
        return jdbc.sql(SELECT.replace("s.licence_check", "a.licence_check AS licence_check") + """
                 WHERE s.id = a.latest_snapshot_id AND s.id IN (SELECT e.snapshot_id FROM adintel.entity e
                   WHERE e.blind_index = ? AND e.kind = 'LICENCE_NUMBER') ORDER BY s.captured_at, s.id""")
                .param(index.licenceNumber(licenceNumber)).query(this::sighting).list();
    }

    @Override
    public String indexOfPhone(String phoneE164) {
        if (phoneE164 == null || !phoneE164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("not a phone number in E.164");
        }
        return index.phone(phoneE164);
    }

    @Override
    @Transactional
    public void hold(String adId, String reason) {
        UUID id = uuid(adId);
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new IllegalArgumentException("a hold needs a reason of at most 200 characters");
        }
        if (id == null || jdbc.sql("SELECT count(*) FROM adintel.ad WHERE id = ?").param(id).query(Integer.class).single() == 0) {
            throw new NotFound("ad");
        }
        jdbc.sql("INSERT INTO adintel.hold (ad_id, reason, held_at, held_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(id, reason, Timestamp.from(clock.instant()), reason.split(":", 2)[0]).update();
    }

    @Override
    @Transactional
    public void release(String adId, String reason) {
        UUID id = uuid(adId);
        if (id != null) {
            jdbc.sql("DELETE FROM adintel.hold WHERE ad_id = ? AND reason = ?").params(id, reason).update();
        }
    }

    @Override
    @Transactional
    public void releaseAll(java.util.Collection<String> reasons) {
        if (!reasons.isEmpty()) {
            jdbc.sql("DELETE FROM adintel.hold WHERE reason = ANY(?)").param(reasons.toArray(String[]::new)).update();
        }
    }

    @Override
    public boolean isHeld(String adId) {
        UUID id = uuid(adId);
        return id != null && jdbc.sql("SELECT count(*) FROM adintel.hold WHERE ad_id = ?").param(id).query(Integer.class)
                .single() > 0;
    }

    private AdSighting sighting(ResultSet rs, int row) throws SQLException {
        String municipality = rs.getString("municipality");
        UUID cluster = rs.getObject("cluster_id", UUID.class);
        UUID network = rs.getObject("network_id", UUID.class);
        String[] indexes = (String[]) rs.getArray("indexes").getArray();
        return new AdSighting(rs.getObject("ad_id", UUID.class).toString(), rs.getObject("id", UUID.class).toString(),
                municipality == null ? null : MunicipalityCode.of(municipality), rs.getTimestamp("captured_at").toInstant(),
                AdLicenceCheck.valueOf(rs.getString("licence_check")),
                List.of((String[]) rs.getArray("codes").getArray()), network == null ? null : network.toString(),
                cluster == null ? null : cluster.toString(),
                Set.copyOf(Arrays.stream(indexes).filter(java.util.Objects::nonNull).toList()),
                rs.getBoolean("new_in_town"));
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
