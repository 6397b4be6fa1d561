package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Read models of the supervision tables, as the services and pages use them. */
public final class Rows {

    private Rows() {
    }

    public record Lead(UUID id, LeadSource source, MunicipalityCode municipality, String adId, String networkId,
            String licenceCheck, List<String> indicatorCodes, List<String> identifierIndexes, boolean newInTown,
            String summary, int score, List<ScoreReason> reasons, frl.ienline.supervision.internal.Lead.State state, String dismissalReason,
            String dismissalNote, UUID caseId, String assignee, Instant createdAt, Instant lastSeenAt,
            LeadSubject subject, int adCount, int municipalityCount) {
    }

    public record Case(UUID id, String reference, MunicipalityCode municipality, String title, String state,
            Instant openedAt, String openedBy, LocalDate closedOn) {

        public boolean open() {
            return "OPEN".equals(state);
        }
    }

    public record CaseAd(String adId, String networkId, MunicipalityCode municipality, List<String> identifierIndexes) {
    }

    public record CaseAddress(UUID id, String address, MunicipalityCode municipality) {
    }

    public record CasePerson(UUID id, String workingName, AgeBand ageBand, String nationality, String language,
            String phoneIndex) {

        public boolean hasPhone() {
            return phoneIndex != null;
        }

        public PersonMet asPerson() {
            return new PersonMet(workingName, ageBand, nationality, language, phoneIndex);
        }
    }

    public record CaseBusiness(String licenceNumber, UUID licenceId, MunicipalityCode municipality, String businessName) {
    }

    public record Control(UUID id, UUID caseId, ControlKind kind, MunicipalityCode municipality, Instant plannedAt,
            String location, String locationType, List<String> members, String fewerMembersReason,
            boolean careWorkerInvited, String licenceNumber, List<String> checklistItems, String state,
            String plannedBy, Report report) {

        public boolean reported() {
            return "REPORTED".equals(state);
        }
    }

    public record Addendum(UUID id, String text, Instant addedAt, String addedBy) {
    }

    public record Handoff(String signalReference, List<String> indicators, List<String> adIds, List<String> networkIds,
            List<String> caseIds, List<String> businessIds, Instant handedAt, String handedBy) {
    }

    public record EnforcementAction(UUID id, UUID caseId, UUID controlId, SubjectKind subjectKind, String subjectKey,
            String subjectLabel, MunicipalityCode municipality, String track, String stepCode, String proposedStepCode,
            String deviationReason, String offender, BigDecimal penaltyAmount, BigDecimal penaltyMaximum,
            LetterLanguage language, LocalDate decidedOn, LocalDate deadline, String rulebookVersion,
            String decidedBy, String deviationReasonCode, boolean byTeam, UUID registerProposalId,
            String registerOutcome) {

        /** A step of the ladder as first recorded (no register answer yet). */
        public EnforcementAction(UUID id, UUID caseId, UUID controlId, SubjectKind subjectKind, String subjectKey,
                String subjectLabel, MunicipalityCode municipality, String track, String stepCode,
                String proposedStepCode, String deviationReason, String offender, BigDecimal penaltyAmount,
                BigDecimal penaltyMaximum, LetterLanguage language, LocalDate decidedOn, LocalDate deadline,
                String rulebookVersion, String decidedBy) {
            this(id, caseId, controlId, subjectKind, subjectKey, subjectLabel, municipality, track, stepCode,
                    proposedStepCode, deviationReason, offender, penaltyAmount, penaltyMaximum, language, decidedOn,
                    deadline, rulebookVersion, decidedBy, null, true, null, null);
        }

        public boolean deviation() {
            return deviationReasonCode != null || deviationReason != null;
        }
    }

    public record Alert(UUID id, String matchKind, UUID fromCaseId, String fromCaseReference,
            MunicipalityCode fromMunicipality, MunicipalityCode toMunicipality, UUID toLeadId, UUID toCaseId,
            Instant createdAt) {
    }

    public record Notification(UUID id, MunicipalityCode municipality, String kind, UUID objectId, String recipient,
            Instant createdAt, boolean mailed) {
    }

    public record SavedFilter(UUID id, String name, String query) {
    }

    /** Per team member: open leads assigned and controls planned. */
    public record Load(String username, String displayName, int openLeads, int plannedControls, int openCases) {
    }
}
