package frl.ienline.supervision;

import java.util.UUID;

/**
 * A lead came onto the worklist (or was routed to a municipality outside the mandate). Ids and codes only.
 *
 * @param subjectKind {@code NETWORK}, {@code PHONE}, {@code AD}, {@code BUSINESS}, {@code ADDRESS}, {@code PERSON}
 *                    or {@code REPORT}
 * @param source      {@code AD}, {@code TIP}, {@code SIGNAL} or {@code MUNICIPALITY_REQUEST}
 */
public record LeadCreated(UUID leadId, String municipality, String source, String subjectKind, boolean inMandate) {
}
