package frl.ienline.signals.internal;

import java.time.Instant;

/** Information added after registration, by staff or by the anonymous reporter with the secret code. */
public record Addition(Instant addedAt, Source source, String text) {
}
