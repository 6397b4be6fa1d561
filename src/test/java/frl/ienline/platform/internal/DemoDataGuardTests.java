package frl.ienline.platform.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.shared.DemoRows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Review L1: a database that was started in demo mode is refused by a production start, not only for the demo
 * staff accounts but for the demo members (known password), alerts, ads, licences, cases and signals. Same
 * configuration as {@code DemoModeTests}, so the two share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ienline.demo.enabled=true", "server.servlet.session.cookie.secure=true"})
class DemoDataGuardTests {

    @Autowired
    List<DemoRows> modules;

    @Test
    void productionRefusesADatabaseWithDemoRowsOfAnyModule() {
        assertThatThrownBy(() -> new DemoDataGuard(true, modules).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("support.member=2").hasMessageContaining("support.alert=")
                .hasMessageContaining("support.meetup=").hasMessageContaining("register.application=")
                .hasMessageContaining("supervision.case_file=1").hasMessageContaining("adintel.ad=")
                .hasMessageContaining("signals.signal=");
        assertThatCode(() -> new DemoDataGuard(false, modules).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }

    @Test
    void aDatabaseWithoutDemoRowsStarts() {
        assertThatCode(() -> DemoDataGuard.refuse(List.of(() -> Map.of("support.member", 0L)))).doesNotThrowAnyException();
    }
}
