package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.supervision.SupervisionTesting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The displacement check looks up intervened cases by phone index for every lead with a phone; at national scale
 * the case ads holding a phone must be found through the GIN index on {@code case_ad.identifier_indexes}, not by
 * reading every case ad. With sequential scans switched off, the plan of the store's own predicate shows whether
 * the index can serve it at all ({@code :i = ANY(a.identifier_indexes)} cannot: the plan stays a sequential scan).
 * The predicate alone, because the plan of the whole look-up depends on how many cases there are.
 */
class CaseLookupIndexTests extends SupervisionTesting {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theCaseAdsHoldingAPhoneAreFoundThroughTheIndex() {
        List<String> plan = new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return jdbc.sql("EXPLAIN SELECT a.case_id FROM supervision.case_ad a WHERE "
                    + CaseStore.IDENTIFIERS_IN_CASE_AD).param("i", new String[] {"some-phone-index"}).query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("case_ad_identifiers_idx");
    }
}
