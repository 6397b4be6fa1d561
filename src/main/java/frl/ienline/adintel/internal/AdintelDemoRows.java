package frl.ienline.adintel.internal;

import frl.ienline.shared.DemoRows;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Generated demo ads and their imports and snapshots, all flagged {@code demo} (review L1). */
@Component
class AdintelDemoRows implements DemoRows {

    private final JdbcClient jdbc;

    AdintelDemoRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> remaining() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : new String[] {"import", "ad", "snapshot"}) {
            rows.put("adintel." + table, jdbc.sql("SELECT count(*) FROM adintel." + table + " WHERE demo")
                    .query(Long.class).single());
        }
        return rows;
    }
}
