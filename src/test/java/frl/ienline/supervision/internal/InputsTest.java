package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.shared.InputRejected;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No BSN ever gets in; persons are pseudonymous; the lead score explains itself. */
class InputsTest {

    @Test
    void bsnShapedInputIsRecognised() {
        assertThat(Inputs.containsBsn("111222333")).isTrue();
        assertThat(Inputs.containsBsn("bsn 1234.56.782 gezien")).isTrue();
        assertThat(Inputs.containsBsn("123 456 782")).isTrue();
        assertThat(Inputs.containsBsn("123456789")).isFalse(); // fails the eleven test
        assertThat(Inputs.containsBsn("06 12345678")).isFalse();
        assertThat(Inputs.containsBsn("0612345678")).isFalse();
        assertThat(Inputs.containsBsn("Stationsweg 12, 8911 AB")).isFalse();
    }

    @Test
    void aPersonWithABsnIsRefused() {
        assertThatThrownBy(() -> new PersonMet("Bella 111222333", AgeBand.FROM_21_TO_25, "RO", "ro", null))
                .isInstanceOfSatisfying(InputRejected.class,
                        e -> assertThat(e.problems().getFirst().what()).isEqualTo("supervision.error.bsn"));
        assertThatThrownBy(() -> new PersonMet("12345", AgeBand.UNKNOWN, null, "ro", null))
                .isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> new PersonMet("Bella", AgeBand.UNKNOWN, "Roemenië", "ro", null))
                .isInstanceOf(InputRejected.class);
    }

    @Test
    void theSubjectKeyIsWorkingNameAndPhoneIndex() {
        assertThat(new PersonMet(" Bella  Rosa", AgeBand.UNKNOWN, null, "RO", "abc").subjectKey())
                .isEqualTo("bella rosa#abc");
        assertThat(new PersonMet("Bella", AgeBand.UNKNOWN, null, "ro", null).subjectKey()).isEqualTo("bella#-");
    }

    @Test
    void theScoreIsTheSumOfItsReasons() {
        LeadScore score = LeadScore.ofAd(AdLicenceCheck.NO_LICENCE_NUMBER, List.of("VERY_YOUNG", "SHORT_STAY"), true,
                true, false);
        assertThat(score.reasons()).extracting(ScoreReason::code)
                .containsExactly("NO_LICENCE_NUMBER", "INDICATOR", "INDICATOR", "NEW_IN_TOWN", "NETWORK");
        assertThat(score.total()).isEqualTo(40 + 8 + 25 + 20 + 10);
        assertThat(ScoreReason.parse(score.reasons().get(1).stored())).isEqualTo(score.reasons().get(1));
    }

    @Test
    void aLicensedAdIsALeadOnlyWithAHighScoreOrNewInTown() {
        LeadScore quiet = LeadScore.ofAd(AdLicenceCheck.LICENSED, List.of(), false, false, false);
        assertThat(LeadScore.worthALead(AdLicenceCheck.LICENSED, quiet, false)).isFalse();
        LeadScore risky = LeadScore.ofAd(AdLicenceCheck.LICENSED, List.of("CLAIMED_AGE_UNDER_MINIMUM"), false, false,
                false);
        assertThat(LeadScore.worthALead(AdLicenceCheck.LICENSED, risky, false)).isTrue();
        assertThat(LeadScore.worthALead(AdLicenceCheck.LICENSED, quiet, true)).isTrue();
        assertThat(LeadScore.worthALead(AdLicenceCheck.NO_LICENCE_NUMBER, quiet, false)).isTrue();
    }

    @Test
    void fewerThanTwoMembersNeedsAReason() {
        assertThat(Controls.tooFewMembers(List.of("a"))).isTrue();
        assertThat(Controls.tooFewMembers(List.of("a", "a"))).isTrue();
        assertThat(Controls.tooFewMembers(List.of("a", "b"))).isFalse();
    }
}
