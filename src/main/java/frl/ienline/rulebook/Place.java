package frl.ienline.rulebook;

import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A town or village (woonplaats) of Fryslân.
 *
 * @param nameNl     Dutch name, e.g. {@code Sneek}
 * @param nameFy     Frisian name, e.g. {@code Snits} (equal to the Dutch one when there is no other form)
 * @param official   which of the two is the official (BAG) name
 * @param population rounded number of inhabitants, indicative; {@code null} when unknown
 * @param postcodes  the 4-digit postcode areas of the place; empty when not known for sure
 * @param freeText   whether the name may be recognised in free text such as advertisements
 * @param aliases    other spellings
 */
public record Place(String nameNl, String nameFy, Language official, MunicipalityCode municipality, Integer population,
        List<PostcodeRange> postcodes, TextUse freeText, List<String> aliases) {

    /** The language of a place name. */
    public enum Language { NL, FY }

    /** Whether a name may be recognised in free text. */
    public enum TextUse {
        /** Always, whatever the capitals. */
        YES,
        /** Only when written with a capital, because the name is also an ordinary word (Balk, Sloten). */
        CAPITALISED,
        /** Never: an ordinary word, a name used twice in Fryslân, or mostly a place elsewhere. */
        NO
    }

    public Place {
        if (nameNl == null || nameNl.isBlank() || nameFy == null || nameFy.isBlank()) {
            throw new IllegalArgumentException("A place needs a Dutch and a Frisian name");
        }
        Objects.requireNonNull(official, "official");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(freeText, "freeText");
        if (population != null && population < 0) {
            throw new IllegalArgumentException("A population cannot be negative");
        }
        postcodes = postcodes == null ? List.of() : List.copyOf(postcodes);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public String officialName() {
        return official == Language.NL ? nameNl : nameFy;
    }

    /** Every name of the place: Dutch, Frisian and the aliases, without repeats. */
    public List<String> names() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        names.add(nameNl);
        names.add(nameFy);
        names.addAll(aliases);
        return new ArrayList<>(names);
    }

    public boolean hasPostcode(int postcode) {
        return postcodes.stream().anyMatch(r -> r.contains(postcode));
    }
}
