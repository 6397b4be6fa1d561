package frl.ienline.signals.internal;

import frl.ienline.shared.DemoRows;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo signals, recognised by their demo registrants and the demo control reference (review L1). The one
 * anonymous demo report carries no plaintext mark; it goes with the rest when the demo database is dropped.
 */
@Component
class SignalsDemoRows implements DemoRows {

    private final JdbcClient jdbc;

    SignalsDemoRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> remaining() {
        return Map.of("signals.signal", jdbc.sql("""
                        SELECT count(*) FROM signals.signal
                         WHERE registered_by IN (:inspector, :coordinator) OR control_id LIKE 'DEMO-%'""")
                .param("inspector", DemoSignals.INSPECTOR.id()).param("coordinator", DemoSignals.COORDINATOR.id())
                .query(Long.class).single());
    }
}
