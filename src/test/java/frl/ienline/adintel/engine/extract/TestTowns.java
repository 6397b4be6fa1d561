package frl.ienline.adintel.engine.extract;

import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A tiny gazetteer for tests: a few Frisian towns (Dutch and Frisian names) and postcode ranges. */
public final class TestTowns implements TownLookup {

    static final Map<String, String> TOWNS = Map.ofEntries(
            Map.entry("drachten", "GM0090"), Map.entry("leeuwarden", "GM0080"), Map.entry("ljouwert", "GM0080"),
            Map.entry("sneek", "GM1900"), Map.entry("snits", "GM1900"), Map.entry("heerenveen", "GM0074"),
            Map.entry("it hearrenfean", "GM0074"), Map.entry("dokkum", "GM1970"), Map.entry("joure", "GM1940"),
            Map.entry("amsterdam", "GM0363"));

    @Override
    public List<TownMention> findInText(String text) {
        WordTokens tokens = WordTokens.of(text);
        List<TownMention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int len = 2; len >= 1; len--) {
                if (i + len > tokens.size()) {
                    continue;
                }
                StringBuilder name = new StringBuilder(tokens.word(i));
                for (int j = 1; j < len; j++) {
                    name.append(' ').append(tokens.word(i + j));
                }
                String code = TOWNS.get(name.toString());
                if (code != null) {
                    found.add(new TownMention(new Span(tokens.start(i), tokens.end(i + len - 1)), name.toString(),
                            MunicipalityCode.of(code)));
                    i += len - 1;
                    break;
                }
            }
        }
        return found;
    }

    @Override
    public Optional<MunicipalityCode> resolve(String townOrPostcode) {
        String key = townOrPostcode.strip().toLowerCase(Locale.ROOT);
        if (key.matches("\\d{4}.*")) {
            int pc = Integer.parseInt(key.substring(0, 4));
            return pc >= 9200 && pc <= 9219 ? Optional.of(MunicipalityCode.of("GM0090"))
                    : pc >= 8900 && pc <= 8941 ? Optional.of(MunicipalityCode.of("GM0080")) : Optional.empty();
        }
        return Optional.ofNullable(TOWNS.get(key)).map(MunicipalityCode::of);
    }
}
