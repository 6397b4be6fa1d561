package frl.ienline.supervision;

import java.util.List;
import java.util.UUID;

/**
 * What a finished control report found: the trafficking indicator codes and the answers on identity and age as
 * codes ({@code YES}, {@code NO}, {@code UNKNOWN}). No names, no text.
 */
public record FindingRecorded(UUID controlId, String municipality, List<String> indicatorCodes, String idSeen,
        String age21Plus) {

    public FindingRecorded {
        indicatorCodes = List.copyOf(indicatorCodes);
    }
}
