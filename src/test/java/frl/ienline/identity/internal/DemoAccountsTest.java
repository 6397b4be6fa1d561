package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoAccountsTest {

    @Test
    void productionRefusesToStartWithDemoAccountsInTheDatabase() {
        assertThatThrownBy(() -> DemoAccounts.refuseInProduction(true, 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("3 demo account");
        assertThatCode(() -> DemoAccounts.refuseInProduction(true, 0)).doesNotThrowAnyException();
        assertThatCode(() -> DemoAccounts.refuseInProduction(false, 3)).doesNotThrowAnyException();
    }

    @Test
    void thereIsOneValidDemoAccountPerRole() {
        assertThat(DemoAccounts.DEFINITIONS.stream().map(DemoAccounts.Definition::role).collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(Arrays.asList(Role.values())));
        DemoAccounts.DEFINITIONS.forEach(d -> {
            assertThat(Username.isValid(d.username())).isTrue();
            StaffAccess.of(d.organisation(), Set.of(d.role()), d.municipalities().stream().map(MunicipalityCode::of).toList());
        });
        assertThat(DemoAccounts.ALL_MUNICIPALITIES).hasSize(18).doesNotHaveDuplicates();
        assertThat(Passwords.problems(DemoAccounts.PASSWORD, "demo")).isEmpty();
    }
}
