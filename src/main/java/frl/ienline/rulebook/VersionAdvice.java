package frl.ienline.rulebook;

import java.time.LocalDate;
import java.util.List;

/**
 * Advice given on rulebook versions by others — the sounding-board group of sex workers and ex-sex
 * workers — so the policy record shows that lived experience was used. The support compartment
 * implements this (it may depend on the rulebook; the rulebook never depends on it) and hands over only
 * the recorded advice text, the version it concerns and how many members responded: never who.
 */
public interface VersionAdvice {

    List<Advice> adviceOnRulebook();

    /** One piece of advice, as it may be shown next to the version it concerns. */
    record Advice(String rulebookVersionId, String subject, String text, int responses, LocalDate recordedOn) {

        public Advice {
            if (rulebookVersionId == null || text == null || text.isBlank() || responses < 0 || recordedOn == null) {
                throw new IllegalArgumentException("Advice needs a version, a text, a response count and a date");
            }
        }
    }
}
