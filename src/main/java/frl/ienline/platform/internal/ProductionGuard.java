package frl.ienline.platform.internal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production configuration that would load demo accounts or run on the embedded
 * database: both are for trying ienline out, never for real data.
 */
@Component
class ProductionGuard implements InitializingBean {

    private final boolean production;
    private final boolean demo;
    private final String databaseMode;

    ProductionGuard(@Value("${ienline.production:false}") boolean production,
            @Value("${ienline.demo.enabled:false}") boolean demo,
            @Value("${ienline.database.mode:embedded}") String databaseMode) {
        this.production = production;
        this.demo = demo;
        this.databaseMode = databaseMode;
    }

    @Override
    public void afterPropertiesSet() {
        if (!production) {
            return;
        }
        if (demo) {
            throw new IllegalStateException("ienline.production=true with ienline.demo.enabled=true: production"
                    + " never starts with demo accounts or demo data. Set IENLINE_DEMO=false.");
        }
        if (!"external".equals(databaseMode)) {
            throw new IllegalStateException("ienline.production=true needs ienline.database.mode=external"
                    + " (an external PostgreSQL, see docs/operations.md)");
        }
    }
}
