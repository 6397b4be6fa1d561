package frl.ienline.signals.internal;

import frl.ienline.signals.IndicatorCode;
import java.util.Objects;

/** An indicator ticked on a signal, with an optional note (encrypted). */
public record Indicator(IndicatorCode code, String note) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        note = Text.optional(note, 500, "Indicator note");
    }
}
