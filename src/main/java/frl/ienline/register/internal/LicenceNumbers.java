package frl.ienline.register.internal;

import frl.ienline.shared.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out licence numbers: one counter per municipality and kind. The increment takes the row lock
 * until the granting transaction ends, so concurrent grants queue and a rolled-back grant gives its
 * number back: no duplicates and no gaps.
 */
@Component
class LicenceNumbers {

    private final JdbcClient jdbc;
    private final LicensingRules rules;

    LicenceNumbers(JdbcClient jdbc, LicensingRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** Must run inside the transaction that inserts the licence. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(MunicipalityCode municipality, LicenceKind kind) {
        jdbc.sql("""
                INSERT INTO register.licence_number_sequence (municipality, kind, last_value)
                VALUES (:municipality, :kind, 0) ON CONFLICT DO NOTHING""")
                .param("municipality", municipality.value()).param("kind", kind.name()).update();
        int sequence = jdbc.sql("""
                UPDATE register.licence_number_sequence SET last_value = last_value + 1
                WHERE municipality = :municipality AND kind = :kind RETURNING last_value""")
                .param("municipality", municipality.value()).param("kind", kind.name()).query(Integer.class).single();
        return rules.licenceNumber(municipality, kind, sequence);
    }
}
