package frl.ienline.adintel.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdLicencesRechecked;
import frl.ienline.register.LicenceRegisterChanged;
import frl.ienline.register.LicenceVerification;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ads follow the register (issue 13): when a licence is granted, suspended, revoked, expires or gets another ad
 * phone number, the stored ads whose latest snapshot shows its number are checked again against the register and
 * their licence status updated — one query to read them (through the blind index of the number), one statement
 * to write the changed ones, however many there are. An ad's status depends on another licence only through a
 * number it shows, so these are all the ads a change of this licence can affect (a registered phone alone makes
 * no ad licensed). The verification snapshot has been rebuilt before this runs (it listens to the same event
 * first, synchronously after commit).
 */
@Component
public class AdLicenceRechecks {

    /** What one re-check did. */
    public record Outcome(int checked, int changed) {
    }

    private final JdbcClient jdbc;
    private final AdBlindIndex index;
    private final LicenceChecks checks;
    private final LicenceVerification verification;
    private final Rulebook rulebook;
    private final ApplicationEventPublisher events;

    AdLicenceRechecks(JdbcClient jdbc, AdBlindIndex index, LicenceVerification verification, Rulebook rulebook,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.index = index;
        this.checks = new LicenceChecks(verification);
        this.verification = verification;
        this.rulebook = rulebook;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(LicenceRegisterChanged changed) {
        recheck(changed.licenceNumber());
    }

    private record Row(UUID id, MunicipalityCode municipality, AdLicenceCheck check, List<String> numbers,
            List<String> phones) {
    }

    @Transactional
    public Outcome recheck(String licenceNumber) {
        if (licenceNumber == null || licenceNumber.isBlank()) {
            return new Outcome(0, 0);
        }
        List<Row> rows = jdbc.sql("""
                SELECT a.id, a.municipality, a.licence_check,
                       ARRAY(SELECT e.value FROM adintel.entity e
                              WHERE e.snapshot_id = a.latest_snapshot_id AND e.kind = 'LICENCE_NUMBER') AS numbers,
                       ARRAY(SELECT e.value FROM adintel.entity e
                              WHERE e.snapshot_id = a.latest_snapshot_id AND e.kind = 'PHONE') AS phones
                  FROM adintel.ad a
                 WHERE a.latest_snapshot_id IN (SELECT e.snapshot_id FROM adintel.entity e
                                                 WHERE e.blind_index = :index AND e.kind = 'LICENCE_NUMBER')""")
                .param("index", index.licenceNumber(licenceNumber))
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class),
                        rs.getString("municipality") == null ? null : MunicipalityCode.of(rs.getString("municipality")),
                        AdLicenceCheck.valueOf(rs.getString("licence_check")),
                        List.of((String[]) rs.getArray("numbers").getArray()),
                        List.of((String[]) rs.getArray("phones").getArray()))).list();
        var format = rulebook.active().licenceNumberFormat();
        List<UUID> ids = new ArrayList<>();
        List<String> now = new ArrayList<>();
        for (Row row : rows) {
            AdLicenceCheck check = checks.check(row.municipality(), row.numbers(), row.phones(), format);
            if (check != row.check()) {
                ids.add(row.id());
                now.add(check.name());
            }
        }
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    UPDATE adintel.ad a SET licence_check = t.licence_check
                      FROM unnest(CAST(:ids AS UUID[]), CAST(:checks AS TEXT[])) AS t(id, licence_check)
                     WHERE a.id = t.id""")
                    .param("ids", ids.toArray(UUID[]::new)).param("checks", now.toArray(String[]::new)).update();
        }
        if (!rows.isEmpty()) {
            events.publishEvent(new AdLicencesRechecked(licenceNumber, verification.status(licenceNumber).name(),
                    rows.size(), ids.size()));
        }
        return new Outcome(rows.size(), ids.size());
    }
}
