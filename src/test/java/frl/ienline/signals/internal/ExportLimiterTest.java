package frl.ienline.signals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.MutableClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExportLimiterTest {

    @Test
    void aBurstOfExportsByOneActorIsRefusedUntilTheHourHasPassed() {
        MutableClock clock = new MutableClock();
        UUID actor = UUID.randomUUID();
        ExportLimiter limiter = new ExportLimiter(clock, 3);
        assertThat(limiter.tryAcquire(actor)).isTrue();
        assertThat(limiter.tryAcquire(actor)).isTrue();
        assertThat(limiter.tryAcquire(actor)).isTrue();
        assertThat(limiter.tryAcquire(actor)).isFalse();
        assertThat(limiter.tryAcquire(UUID.randomUUID())).isTrue();
        clock.shift(Duration.ofMinutes(61));
        assertThat(limiter.tryAcquire(actor)).isTrue();
    }
}
