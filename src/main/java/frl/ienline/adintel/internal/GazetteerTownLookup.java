package frl.ienline.adintel.internal;

import frl.ienline.adintel.engine.extract.Span;
import frl.ienline.adintel.engine.extract.TownLookup;
import frl.ienline.adintel.engine.extract.TownMention;
import frl.ienline.rulebook.Gazetteer;
import frl.ienline.rulebook.PlaceMention;
import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rulebook's gazetteer as the engine's {@link TownLookup}: Dutch and Frisian names and postcodes.
 */
public final class GazetteerTownLookup implements TownLookup {

    private final Gazetteer gazetteer;

    public GazetteerTownLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<TownMention> findInText(String text) {
        List<TownMention> mentions = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return mentions;
        }
        for (PlaceMention mention : gazetteer.findInText(text)) {
            String town = mention.place() != null ? mention.place().officialName() : mention.text();
            mentions.add(new TownMention(new Span(mention.start(), mention.end()), town, mention.municipality()));
        }
        return mentions;
    }

    @Override
    public Optional<MunicipalityCode> resolve(String townOrPostcode) {
        return gazetteer.resolve(townOrPostcode);
    }
}
