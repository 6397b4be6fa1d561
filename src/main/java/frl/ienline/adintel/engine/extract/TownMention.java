package frl.ienline.adintel.engine.extract;

import frl.ienline.shared.MunicipalityCode;
import java.util.Objects;

/**
 * A town named in an ad's text, resolved to its municipality.
 *
 * @param town the town's name as the gazetteer spells it
 */
public record TownMention(Span span, String town, MunicipalityCode municipality) {

    public TownMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(town, "town");
        Objects.requireNonNull(municipality, "municipality");
    }
}
