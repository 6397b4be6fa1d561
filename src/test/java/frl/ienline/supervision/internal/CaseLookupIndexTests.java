package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.supervision.SupervisionTesting;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The displacement check looks up intervened cases by phone index for every lead with a phone; at national scale
 * that look-up must go through the GIN index on {@code case_ad.identifier_indexes}, not scan every case ad.
 * With sequential scans switched off for the transaction, the index's scan counter of this transaction
 * ({@code pg_stat_get_xact_numscans}) shows whether the planner could use it at all ({@code = ANY(column)}
 * cannot).
 */
class CaseLookupIndexTests extends SupervisionTesting {

    @Autowired
    SupervisionStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void casesByPhoneIndexAreFoundThroughTheIndex() {
        long scans = new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            store.intervenedCasesWithIdentifier("no-such-phone-index");
            return jdbc.sql("SELECT pg_stat_get_xact_numscans('supervision.case_ad_identifiers_idx'::regclass)")
                    .query(Long.class).single();
        });
        assertThat(scans).isPositive();
    }
}
