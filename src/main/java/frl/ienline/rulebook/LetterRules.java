package frl.ienline.rulebook;

import java.util.Objects;

/**
 * What the decision and enforcement letters take from the rulebook besides the legal bases of the licence kinds and
 * the ladder's steps: who signs in mandate. The competent body (per municipality) and the objection period (the
 * procedure) are read where they already are; the wording of the letters is in the message bundles.
 *
 * @param signatory the function that signs on behalf of the competent body, e.g. "de teamleider Vergunningen en
 *                  Handhaving" ("namens deze, …")
 */
public record LetterRules(LocalizedText signatory) {

    /**
     * What a version without the {@code letters} section means: the team leader signs in mandate, as the versions from
     * 2027.4 on state it.
     */
    public static final LetterRules FALLBACK = new LetterRules(new LocalizedText(
            "de teamleider Vergunningen en Handhaving", "the team leader Licensing and Enforcement"));

    public LetterRules {
        Objects.requireNonNull(signatory, "signatory");
    }
}
