package frl.ienline.adintel.engine.extract;

import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * Finds the age an ad claims: "23 jaar", "23 years", "23yo", "age 23", "leeftijd: 23", "23 ani",
 * "23 años", "23 lat", "23 éves", "23 години". The structured {@code claimedAge} field wins over the text.
 */
public final class AgeExtractor {

    /** A claimed age and where it was claimed ({@code span} is {@code null} when from the field). */
    public record ClaimedAge(int years, Span span) {
        public ClaimedAge {
            if (years < 0 || years > 130) {
                throw new IllegalArgumentException("age out of range");
            }
        }
    }

    private static final FastPattern AFTER = FastPattern.compile(
            "(?iu)(?<![\\p{L}0-9/.,:-])(1[4-9]|[2-7][0-9])\\s*[-]?\\s*(?:jaar|jr\\.?|j\\.|years?(?:\\s+old)?|yrs?|y\\.?o\\.?|y/o|ans|años|anos|"
                    + "ani|anii|lat|éves|eves|години|год|г\\.|jahre?)(?![\\p{L}])", 0);
    private static final FastPattern BEFORE = FastPattern.compile(
            "(?iu)(?<![\\p{L}])(?:age|aged|leeftijd|edad|wiek|vârsta|varsta|vârstă|kor|възраст|alter)\\s*[:=]?\\s*(1[4-9]|[2-7][0-9])(?![0-9])", 0);

    public Optional<ClaimedAge> find(Integer field, String text) {
        if (field != null) {
            return Optional.of(new ClaimedAge(field, null));
        }
        MatchResult after = AFTER.first(text);
        MatchResult before = BEFORE.first(text);
        if (after == null && before == null) {
            return Optional.empty();
        }
        MatchResult first = after != null && (before == null || after.start() <= before.start()) ? after : before;
        return Optional.of(new ClaimedAge(Integer.parseInt(first.group(1)), new Span(first.start(), first.end())));
    }
}
