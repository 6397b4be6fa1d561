package frl.ienline.platform;

/**
 * Names of the beans through which the support compartment reaches the database as its own role
 * ({@code ienline_care}). The application role used by every other module has no grant on the support
 * schema, so an enforcement query cannot read care data even by mistake (ADR 0007).
 */
public final class CareCompartmentDatabase {

    /** Qualifier of the care compartment's {@code DataSource}. */
    public static final String DATA_SOURCE = "careDataSource";
    /** Qualifier of its transaction manager: {@code @Transactional(CareCompartmentDatabase.TRANSACTIONS)}. */
    public static final String TRANSACTIONS = "careTransactionManager";

    private CareCompartmentDatabase() {
    }
}
