package frl.ienline.supervision;

import java.util.UUID;

/**
 * A control was held and its report finished (locked).
 *
 * @param kind    the control kind code, e.g. {@code DECOY_APPOINTMENT}
 * @param outcome the report's outcome code
 */
public record ControlHeld(UUID controlId, UUID caseId, String municipality, String kind, String outcome) {
}
