package frl.ienline.support.internal;

import frl.ienline.shared.DemoRows;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The care compartment's demo rows, counted on the care role's pool (no other role may read this schema): demo
 * members with their known password, and the demo alert, meetup, care contacts and tip (review L1).
 */
@Component
class SupportDemoRows implements DemoRows {

    private final CareJdbc db;

    SupportDemoRows(CareJdbc db) {
        this.db = db;
    }

    @Override
    public Map<String, Long> remaining() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : new String[] {"member", "alert", "meetup", "care_contact"}) {
            rows.put("support." + table, count("SELECT count(*) FROM support." + table + " WHERE demo"));
        }
        rows.put("support.member_tip", count("SELECT count(*) FROM support.member_tip WHERE moderated_by_org LIKE 'DEMO-%'"));
        return rows;
    }

    private long count(String sql) {
        return db.query(sql).query(Long.class).single();
    }
}
