package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.shared.Compartment;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StaffAccessTest {

    static final List<MunicipalityCode> LEEUWARDEN = List.of(MunicipalityCode.of("GM0080"));

    @ParameterizedTest
    @EnumSource(Role.class)
    void theCompartmentFollowsFromTheRole(Role role) {
        StaffAccess access = StaffAccess.of("GM0080", Set.of(role), LEEUWARDEN);
        assertThat(access.compartment()).isEqualTo(role.compartment());
        assertThat(access.scope().compartment()).isEqualTo(role.compartment());
        assertThat(access.scope().municipalities()).containsExactlyElementsOf(LEEUWARDEN);
    }

    @Test
    void enforcementRolesTogetherStayInEnforcementAlsoWithAnAdministrativeRole() {
        StaffAccess access = StaffAccess.of("GM0080", Set.of(Role.INSPECTOR, Role.TEAM_COORDINATOR,
                Role.FUNCTIONAL_ADMIN), LEEUWARDEN);
        assertThat(access.compartment()).isEqualTo(Compartment.ENFORCEMENT);
    }

    @Test
    void careRolesTogetherAreCare() {
        StaffAccess access = StaffAccess.of("FIER", Set.of(Role.CARE_WORKER, Role.SOUNDING_BOARD_COORDINATOR),
                LEEUWARDEN);
        assertThat(access.scope().isCare()).isTrue();
    }

    @Test
    void rolesNeverSpanTheWall() {
        assertThatThrownBy(() -> StaffAccess.of("GM0080", Set.of(Role.INSPECTOR, Role.CARE_WORKER), LEEUWARDEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identity.error.roles.wall");
        assertThat(StaffAccess.problems("GM0080", Set.of(Role.POLICE_LIAISON, Role.SOUNDING_BOARD_COORDINATOR),
                LEEUWARDEN)).containsExactly(new StaffAccess.Problem("roles", "identity.error.roles.wall"));
        assertThatThrownBy(() -> StaffAccess.compartmentOf(Set.of(Role.RIEC_ANALYST, Role.CARE_WORKER)))
                .hasMessageContaining("span");
    }

    @Test
    void aCompartmentNeedsMunicipalitiesButAdministrationDoesNot() {
        assertThat(StaffAccess.problems("GM0080", Set.of(Role.LICENSING_OFFICER), List.of()))
                .containsExactly(new StaffAccess.Problem("municipalities", "identity.error.municipalities.required"));
        assertThat(StaffAccess.problems("FIER", Set.of(Role.CARE_WORKER), List.of())).hasSize(1);
        StaffAccess admin = StaffAccess.of("SDF", Set.of(Role.FUNCTIONAL_ADMIN), List.of());
        assertThat(admin.scope().compartment()).isEqualTo(Compartment.NONE);
        assertThat(admin.scope().municipalities()).isEmpty();
    }

    @Test
    void needsAnOrganisationAndARole() {
        assertThat(StaffAccess.problems("", Set.of(), LEEUWARDEN)).extracting(StaffAccess.Problem::field)
                .containsExactly("organisation", "roles");
    }
}
