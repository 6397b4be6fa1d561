package frl.ienline.supervision;

import java.util.UUID;

/**
 * A step of the enforcement ladder was taken, by the team or by a municipality's own enforcement officer.
 *
 * @param track               {@code UNLICENSED} or {@code LICENSED}
 * @param stepCode            the rung taken, e.g. {@code WARNING}
 * @param proposedStepCode    the rung the ladder proposed
 * @param deviationReasonCode the rulebook's deviation reason code when the rung differs from the proposal
 * @param byTeam              true when the regional team took it, false for a municipality's own officer
 */
public record EnforcementStepTaken(UUID actionId, UUID caseId, String municipality, String subjectKind, String track,
        String stepCode, String proposedStepCode, String deviationReasonCode, boolean byTeam) {

    public boolean deviation() {
        return deviationReasonCode != null;
    }
}
