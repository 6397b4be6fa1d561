package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.rulebook.EnforcementLadder;
import frl.ienline.rulebook.RulebookFiles;
import frl.ienline.rulebook.Track;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one ladder: the next step from the subject's history anywhere in the region; deviations need a reason. */
class LadderProposalTest {

    static final EnforcementLadder LADDER = RulebookFiles.loadBundled().activeOn(LocalDate.of(2026, 12, 1))
            .orElseThrow().enforcement();

    static PastStep step(String code, String municipality, String day) {
        return new PastStep(code, MunicipalityCode.of(municipality), LocalDate.parse(day), "TZ-TEST-0001");
    }

    @Test
    void aFirstViolationGetsAWarning() {
        LadderProposal proposal = LadderProposal.propose(LADDER, Track.UNLICENSED, List.of());
        assertThat(proposal.proposed().code()).isEqualTo("WARNING");
        assertThat(proposal.basis()).isEmpty();
        assertThat(proposal.endOfLadder()).isFalse();
    }

    @Test
    void aSecondViolationInAnotherMunicipalityCountsAsASecondViolation() {
        // warned in Leeuwarden; now met again in Smallingerland
        LadderProposal proposal = LadderProposal.propose(LADDER, Track.UNLICENSED,
                List.of(step("WARNING", "GM0080", "2026-03-01")));
        assertThat(proposal.proposed().code()).isEqualTo("INTENT");
        assertThat(proposal.basis()).extracting(PastStep::municipality).containsExactly(MunicipalityCode.of("GM0080"));
    }

    @Test
    void theHighestStepCountsWhateverTheOrderOfTheHistory() {
        LadderProposal proposal = LadderProposal.propose(LADDER, Track.UNLICENSED, List.of(
                step("PENALTY_ORDER", "GM1900", "2026-05-01"), step("WARNING", "GM0080", "2026-01-01"),
                step("INTENT", "GM0090", "2026-03-01")));
        assertThat(proposal.proposed().code()).isEqualTo("COLLECTION");
        assertThat(proposal.basis()).extracting(PastStep::stepCode).containsExactly("WARNING", "INTENT", "PENALTY_ORDER");
    }

    @Test
    void theLicensedTrackGoesOnToSuspension() {
        LadderProposal proposal = LadderProposal.propose(LADDER, Track.LICENSED, List.of(
                step("WARNING", "GM0080", "2026-01-01"), step("INTENT", "GM0080", "2026-02-01"),
                step("PENALTY_ORDER", "GM0080", "2026-03-01"), step("COLLECTION", "GM0080", "2026-04-01")));
        assertThat(proposal.proposed().code()).isEqualTo("SUSPENSION");
    }

    @Test
    void atTheTopTheLastStepIsProposedAgain() {
        LadderProposal proposal = LadderProposal.propose(LADDER, Track.UNLICENSED,
                List.of(step("CLOSURE", "GM0080", "2026-01-01")));
        assertThat(proposal.proposed().code()).isEqualTo("CLOSURE");
        assertThat(proposal.endOfLadder()).isTrue();
    }

    @Test
    void theProposalNeedsNoReason() {
        LadderProposal proposal = LadderProposal.propose(LADDER, Track.UNLICENSED, List.of());
        assertThat(proposal.choose(LADDER, "", null).code()).isEqualTo("WARNING");
        assertThat(proposal.choose(LADDER, "WARNING", null).code()).isEqualTo("WARNING");
    }

    @Test
    void aDeviationIsRefusedWithoutAReasonAndRecordedWithOne() {
        LadderProposal proposal = LadderProposal.propose(LADDER, Track.UNLICENSED, List.of());
        assertThatThrownBy(() -> proposal.choose(LADDER, "PENALTY_ORDER", " "))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems().getFirst().where())
                        .isEqualTo("deviationReason"));
        assertThatThrownBy(() -> proposal.choose(LADDER, "PENALTY_ORDER", "Minderjarige aangetroffen; direct een last."))
                .isInstanceOf(InputRejected.class); // free text is no reason of the rulebook's list
        var chosen = proposal.choose(LADDER, "PENALTY_ORDER", "SERIOUS_ABUSE");
        assertThat(chosen.code()).isEqualTo("PENALTY_ORDER");
        assertThat(proposal.isDeviation(chosen)).isTrue();
    }

    @Test
    void aStepOfTheOtherTrackIsRefused() {
        LadderProposal proposal = LadderProposal.propose(LADDER, Track.UNLICENSED, List.of());
        assertThatThrownBy(() -> proposal.choose(LADDER, "SUSPENSION", "SERIOUS_ABUSE"))
                .isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> proposal.choose(LADDER, "NO_SUCH_STEP", "SERIOUS_ABUSE"))
                .isInstanceOf(InputRejected.class);
    }
}
