package frl.ienline.supervision;

import java.util.UUID;

/**
 * A lead was triaged: dismissed (with the rulebook's dismissal reason code) or taken into a case.
 *
 * @param outcome    {@code DISMISSED} or {@code IN_CASE}
 * @param reasonCode the dismissal reason code, {@code null} for {@code IN_CASE}
 */
public record LeadTriaged(UUID leadId, String municipality, String outcome, String reasonCode) {
}
