package frl.ienline.support.internal;

import frl.ienline.rulebook.VersionAdvice;
import frl.ienline.support.SoundingBoardAdvice;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Publishes the sounding board's recorded advice to the rulebook page: advice text, version, number of
 * responses and date. This is the one deliberate crossing of the wall, and it carries no member data.
 */
@Component
class AdviceOnTheRulebook implements VersionAdvice {

    private final SoundingBoardAdvice soundingBoard;

    AdviceOnTheRulebook(SoundingBoardAdvice soundingBoard) {
        this.soundingBoard = soundingBoard;
    }

    @Override
    public List<Advice> adviceOnRulebook() {
        return soundingBoard.allAdvice().stream()
                .map(a -> new Advice(a.rulebookVersionId(), a.consultationTitle(), a.advice(), a.responses(),
                        a.recordedOn()))
                .toList();
    }
}
