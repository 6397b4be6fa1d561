package frl.ienline.rulebook;

import java.util.Locale;

/**
 * A text of the rulebook in Dutch and English. Dutch is the authoritative text; English is for staff and
 * API users who do not read Dutch.
 */
public record LocalizedText(String nl, String en) {

    public LocalizedText {
        if (nl == null || nl.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("A rulebook text needs both a Dutch (nl) and an English (en) version");
        }
        nl = nl.strip();
        en = en.strip();
    }

    /** The English text for an English locale, the Dutch text for every other locale. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : nl;
    }
}
