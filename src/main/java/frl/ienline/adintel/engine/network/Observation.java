package frl.ienline.adintel.engine.network;

import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.Objects;

/** An ad seen at a time in a municipality. */
public record Observation(int item, Instant at, MunicipalityCode municipality) {

    public Observation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(municipality, "municipality");
    }
}
