package frl.ienline.register.internal;

import frl.ienline.shared.DemoRows;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The made-up applications (and through them the licences) of demo mode, recognised by their reference (review L1). */
@Component
class RegisterDemoRows implements DemoRows {

    private final JdbcClient jdbc;

    RegisterDemoRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> remaining() {
        return Map.of("register.application", jdbc.sql("SELECT count(*) FROM register.application WHERE reference LIKE :demo")
                .param("demo", DemoRegisterData.FIRST_REFERENCE.substring(0, "AV-DEMA-".length()) + "%")
                .query(Long.class).single());
    }
}
