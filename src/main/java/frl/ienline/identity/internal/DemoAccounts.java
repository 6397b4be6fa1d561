package frl.ienline.identity.internal;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, for trying ienline out: created at startup when {@code ienline.demo.enabled}
 * (idempotent: existing accounts are left alone), flagged {@code demo}, named "… (demo)", all with the
 * password {@value #PASSWORD} (shown on the login page in demo mode only) and no second factor.
 * In production ({@code ienline.production=true}) the application refuses to start while any demo
 * account exists in the database.
 */
@Component
class DemoAccounts implements ApplicationRunner, SmartInitializingSingleton {

    static final String PASSWORD = "demo-ienline";

    /** A demo account's definition. */
    record Definition(String username, String name, Role role, String organisation, List<String> municipalities) {
    }

    static final List<String> ALL_MUNICIPALITIES = List.of("GM0059", "GM0060", "GM1891", "GM1940", "GM0072",
            "GM0074", "GM0080", "GM1970", "GM0085", "GM0086", "GM0088", "GM0090", "GM1900", "GM0093", "GM0737",
            "GM0096", "GM1949", "GM0098");

    /** Scope of the supervision team: all 18 for now; the rulebook's participation will narrow it. */
    static final List<String> SUPERVISION_TEAM = ALL_MUNICIPALITIES;

    static final List<Definition> DEFINITIONS = List.of(
            new Definition("demo.vergunningen", "Vera Vergunning", Role.LICENSING_OFFICER, "GM0080", List.of("GM0080")),
            // a licence decision takes effect only with a second officer's paraaf (four eyes, ADR 0022)
            new Definition("demo.paraaf", "Pier Paraaf", Role.LICENSING_OFFICER, "GM0080", List.of("GM0080")),
            new Definition("demo.toezicht", "Tjitte Toezicht", Role.INSPECTOR, "GM0080", SUPERVISION_TEAM),
            new Definition("demo.coordinator", "Klaske Coördinator", Role.TEAM_COORDINATOR, "GM0080", SUPERVISION_TEAM),
            // a municipality outside the regional team, with its own enforcement officer on the same ladder
            new Definition("demo.handhaving", "Hessel Handhaving", Role.MUNICIPAL_ENFORCEMENT_OFFICER, "GM0059",
                    List.of("GM0059")),
            new Definition("demo.riec", "Rients RIEC", Role.RIEC_ANALYST, "RIEC-NN", ALL_MUNICIPALITIES),
            new Definition("demo.politie", "Pieter Politie", Role.POLICE_LIAISON, "POLITIE-NN", ALL_MUNICIPALITIES),
            new Definition("demo.beleid", "Baukje Beleid", Role.POLICY_ADVISOR, "SDF", ALL_MUNICIPALITIES),
            new Definition("demo.hulpverlening", "Hylke Hulpverlening", Role.CARE_WORKER, "FIER", ALL_MUNICIPALITIES),
            new Definition("demo.klankbord", "Sjoukje Klankbord", Role.SOUNDING_BOARD_COORDINATOR, "XENIA",
                    ALL_MUNICIPALITIES),
            new Definition("demo.beheer", "Bauke Beheer", Role.FUNCTIONAL_ADMIN, "SDF", List.of()),
            new Definition("demo.privacy", "Froukje Privacy", Role.PRIVACY_OFFICER, "GM0080", List.of("GM0080")),
            new Definition("demo.regionaal", "Rixt Regionaal", Role.REGIONAL_AUDITOR, "SDF", ALL_MUNICIPALITIES));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final StaffUsers users;
    private final Passwords passwords;
    private final Clock clock;
    private final boolean enabled;
    private final boolean production;

    DemoAccounts(StaffUsers users, Passwords passwords, Clock clock,
            @Value("${ienline.demo.enabled:false}") boolean enabled,
            @Value("${ienline.production:false}") boolean production) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.enabled = enabled;
        this.production = production;
    }

    /** Runs before the web server starts: production never serves with demo accounts in its database. */
    @Override
    public void afterSingletonsInstantiated() {
        refuseInProduction(production, users.countDemo());
    }

    static void refuseInProduction(boolean production, long demoAccounts) {
        if (production && demoAccounts > 0) {
            throw new IllegalStateException("ienline.production=true but the database holds " + demoAccounts
                    + " demo account(s). Production never runs with demo accounts: remove them as the database owner"
                    + " (DELETE FROM identity.recovery_code WHERE user_id IN (SELECT id FROM identity.staff_user WHERE demo);"
                    + " DELETE FROM identity.staff_user WHERE demo;) or use a database without demo data.");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || production) {
            return;
        }
        int created = 0;
        for (Definition definition : DEFINITIONS) {
            Username username = Username.of(definition.username());
            if (users.exists(username)) {
                continue;
            }
            StaffAccess access = StaffAccess.of(definition.organisation(), Set.of(definition.role()),
                    definition.municipalities().stream().map(MunicipalityCode::of).toList());
            users.insert(StaffUser.create(username, definition.name() + " (demo)", access,
                    passwords.hash(PASSWORD), true, clock.instant()));
            created++;
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password shown on the login page in demo mode)", created);
        }
    }

    /** User names and roles for the login page in demo mode. */
    static Stream<Definition> definitions() {
        return DEFINITIONS.stream();
    }
}
