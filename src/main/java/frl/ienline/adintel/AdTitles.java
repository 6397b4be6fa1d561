package frl.ienline.adintel;

import java.util.Collection;
import java.util.Map;

/**
 * The titles of ads as their latest snapshots show them, for a worklist row that says what a lead is. An ad's
 * title is public ad text that may name a person: the caller logs the read with the page that shows it.
 */
public interface AdTitles {

    /** Ad id to the title of its latest snapshot; ads without a title or unknown ids are left out. */
    Map<String, String> titlesOf(Collection<String> adIds);
}
