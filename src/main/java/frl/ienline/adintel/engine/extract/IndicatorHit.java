package frl.ienline.adintel.engine.extract;

import java.util.Objects;

/**
 * One red-flag indicator found in an ad, with the text that triggered it.
 *
 * @param code the indicator's stable code, such as {@code NEW_IN_TOWN}
 * @param weight the indicator's weight from the catalogue
 * @param language the language of the phrase that matched ({@code nl}, {@code en} …), or {@code *} for a pattern
 *                 or a rule on structured data
 * @param span the triggering text, or {@code null} when a structured field triggered it
 */
public record IndicatorHit(String code, int weight, String language, Span span) {

    public IndicatorHit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(language, "language");
    }
}
