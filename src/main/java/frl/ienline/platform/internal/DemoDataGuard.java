package frl.ienline.platform.internal;

import frl.ienline.shared.DemoRows;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * In production ({@code ienline.production=true}) refuses to start, before the web server listens, while any
 * module reports demo rows in its tables ({@link DemoRows}, review L1). The staff accounts have their own
 * refusal in the identity module, which prints the SQL to remove them.
 */
@Component
class DemoDataGuard implements SmartInitializingSingleton {

    private final boolean production;
    private final List<DemoRows> modules;

    DemoDataGuard(@Value("${ienline.production:false}") boolean production, List<DemoRows> modules) {
        this.production = production;
        this.modules = modules;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (production) {
            refuse(modules);
        }
    }

    static void refuse(List<DemoRows> modules) {
        Map<String, Long> found = new TreeMap<>();
        modules.forEach(module -> module.remaining().forEach((table, count) -> {
            if (count != null && count > 0) {
                found.merge(table, count, Long::sum);
            }
        }));
        if (!found.isEmpty()) {
            throw new IllegalStateException("ienline.production=true but the database still holds demo data: " + found
                    + ". Production never runs on a database that was started in demo mode (known passwords, made-up"
                    + " records): use a new database, or remove these rows as the database owner (docs/operations.md).");
        }
    }
}
