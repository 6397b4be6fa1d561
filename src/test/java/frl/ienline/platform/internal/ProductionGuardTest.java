package frl.ienline.platform.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductionGuardTest {

    @Test
    void productionRefusesDemoMode() {
        assertThatThrownBy(() -> new ProductionGuard(true, true, "external").afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo");
    }

    @Test
    void productionRefusesTheEmbeddedDatabase() {
        assertThatThrownBy(() -> new ProductionGuard(true, false, "embedded").afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("external PostgreSQL");
    }

    @Test
    void onlyATestMayRunTheProdProfileOnAThrowAwayEmbeddedDatabase() {
        assertThatCode(() -> new ProductionGuard(true, false, "embedded", true).afterPropertiesSet())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new ProductionGuard(true, true, "embedded", true).afterPropertiesSet())
                .hasMessageContaining("demo");
    }

    @Test
    void productionWithAnExternalDatabaseAndNoDemoStarts() {
        assertThatCode(() -> new ProductionGuard(true, false, "external").afterPropertiesSet()).doesNotThrowAnyException();
        assertThatCode(() -> new ProductionGuard(false, true, "embedded").afterPropertiesSet()).doesNotThrowAnyException();
    }
}
