package frl.ienline.platform;

import io.micrometer.core.instrument.Metrics;

/**
 * Counts refusals per throttle name ({@code ienline.throttle.refusals}, issue 18, ADR 0021) in Micrometer's global
 * registry, to which Spring Boot adds the Prometheus registry: the throttles are plain objects, not beans. The tag
 * is the throttle's name (e.g. {@code login-client}), never a key.
 */
final class ThrottleMetrics {

    private ThrottleMetrics() {
    }

    static void refused(String throttle) {
        Metrics.counter("ienline.throttle.refusals", "throttle", throttle).increment();
    }
}
