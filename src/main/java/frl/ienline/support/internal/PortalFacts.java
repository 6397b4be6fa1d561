package frl.ienline.support.internal;

import java.time.Period;
import java.util.List;

/**
 * Facts the portal shows that belong to the regional rulebook: minimum ages, which work needs a licence,
 * the enforcement ladder and how long alerts are kept. A port, so the portal never states them itself.
 */
public interface PortalFacts {

    /** Minimum age for sex work in a licensed business. */
    int minimumAge();

    /** Kinds of work that need a licence, as Dutch and English names. */
    List<Fact> licensedWork();

    /** Kinds of work that need no licence. */
    List<Fact> unlicensedWork();

    /** The enforcement ladder, in order. */
    List<Fact> enforcementLadder();

    /** How long a published alert stays visible before it is deleted. */
    Period alertRetention();

    /**
     * How long a care contact is kept after its date; empty when the active rulebook version sets no period
     * (versions before 2027.6: contacts are kept, as before).
     */
    java.util.Optional<Period> careContactRetention();

    /** The region's municipalities: CBS code → name, in the rulebook's order. */
    java.util.Map<String, String> municipalities();

    /** Which rulebook version these facts come from. */
    String rulebookVersion();

    /** One fact in the portal's two source languages; other languages show the Dutch with a notice. */
    record Fact(String nl, String en) {

        public Fact {
            if (nl == null || nl.isBlank() || en == null || en.isBlank()) {
                throw new IllegalArgumentException("A fact needs Dutch and English text");
            }
        }

        public String in(String language) {
            return "en".equals(language) ? en : nl;
        }
    }
}
