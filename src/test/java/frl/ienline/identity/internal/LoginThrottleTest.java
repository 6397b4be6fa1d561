package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(clock, 5, 5, Duration.ofMinutes(15));

    @Test
    void theAttemptAfterFiveFailuresForAUserNameIsBlocked() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.blocked("jan", "10.0.0." + i)).isFalse();
            throttle.failed("jan", "10.0.0." + i);
        }
        assertThat(throttle.blocked("jan", "10.0.0.99")).isTrue();
        assertThat(throttle.blocked(" JAN ", "10.0.0.99")).as("user names are compared normalised").isTrue();
        assertThat(throttle.blocked("piet", "10.0.0.99")).isFalse();
    }

    @Test
    void theAttemptAfterFiveFailuresFromAnAddressIsBlocked() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }
        assertThat(throttle.blocked("someone-else", "192.0.2.1")).isTrue();
        assertThat(throttle.blocked("someone-else", "192.0.2.2")).isFalse();
    }

    @Test
    void failuresCountOnlyWithinTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("jan", "10.0.0.1");
            clock.shift(Duration.ofMinutes(2));
        }
        assertThat(throttle.blocked("jan", "10.0.0.1")).isTrue();
        clock.shift(Duration.ofMinutes(6)); // the first failure is now older than 15 minutes
        assertThat(throttle.blocked("jan", "10.0.0.1")).isFalse();
    }

    @Test
    void successClearsTheUserNameButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("jan", "10.0.0.1");
        }
        throttle.succeeded("jan");
        assertThat(throttle.blocked("jan", "10.0.0.2")).isFalse();
        assertThat(throttle.blocked("piet", "10.0.0.1")).isTrue();
    }
}
