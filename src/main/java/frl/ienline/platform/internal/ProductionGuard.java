package frl.ienline.platform.internal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
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
    private final boolean embeddedForTests;

    ProductionGuard(boolean production, boolean demo, String databaseMode) {
        this(production, demo, databaseMode, false);
    }

    /**
     * @param embeddedForTests {@code ienline.database.embedded.allow-in-production-for-tests}: lets a test run
     *                         the prod profile on a throw-away embedded database (never set it anywhere else)
     */
    @Autowired
    ProductionGuard(@Value("${ienline.production:false}") boolean production,
            @Value("${ienline.demo.enabled:false}") boolean demo,
            @Value("${ienline.database.mode:embedded}") String databaseMode,
            @Value("${ienline.database.embedded.allow-in-production-for-tests:false}") boolean embeddedForTests) {
        this.production = production;
        this.demo = demo;
        this.databaseMode = databaseMode;
        this.embeddedForTests = embeddedForTests;
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
        if (!"external".equals(databaseMode) && !embeddedForTests) {
            throw new IllegalStateException("ienline.production=true needs ienline.database.mode=external"
                    + " (an external PostgreSQL, see docs/operations.md)");
        }
    }
}
