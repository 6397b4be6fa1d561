package frl.ienline.supervision.internal;

import frl.ienline.shared.DemoRows;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo case and the demo team members of supervision (review L1). */
@Component
class SupervisionDemoRows implements DemoRows {

    private final JdbcClient jdbc;

    SupervisionDemoRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> remaining() {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("supervision.case_file", jdbc.sql("SELECT count(*) FROM supervision.case_file WHERE reference = :r")
                .param("r", DemoSupervisionData.DEMO_CASE).query(Long.class).single());
        rows.put("supervision.team_member", jdbc.sql("SELECT count(*) FROM supervision.team_member WHERE username LIKE 'demo.%'")
                .query(Long.class).single());
        return rows;
    }
}
