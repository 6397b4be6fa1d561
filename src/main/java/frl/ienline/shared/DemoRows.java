package frl.ienline.shared;

import java.util.Map;

/**
 * What a module reports about demo data still in its tables. A production start is refused while any module
 * reports a row (review L1): a database once started in demo mode keeps logins with known passwords and
 * made-up records. Each module implements it as a bean, because only the module, on its own database role,
 * can read its schema (the care compartment's on the care role).
 */
@FunctionalInterface
public interface DemoRows {

    /** Tables ({@code schema.table}) that still hold demo rows, with their counts; empty when there are none. */
    Map<String, Long> remaining();
}
