package frl.ienline.adintel.engine.extract;

import frl.ienline.shared.MunicipalityCode;
import java.util.List;
import java.util.Optional;

/**
 * The gazetteer as the engine needs it: towns (Dutch and Frisian spellings) and postcodes to
 * municipalities. The application wires the rulebook's gazetteer in; the engine only reads.
 */
public interface TownLookup {

    /** Town names in free text, in order of appearance, not overlapping. */
    List<TownMention> findInText(String text);

    /** A town name or a postcode (four digits, optionally with letters) to its municipality. */
    Optional<MunicipalityCode> resolve(String townOrPostcode);

    /** A lookup that knows no town, for when no gazetteer is available. */
    TownLookup NONE = new TownLookup() {
        @Override
        public List<TownMention> findInText(String text) {
            return List.of();
        }

        @Override
        public Optional<MunicipalityCode> resolve(String townOrPostcode) {
            return Optional.empty();
        }
    };
}
