package frl.ienline.support;

import java.time.LocalDate;
import java.util.List;

/**
 * Advice of the sounding-board group on draft rulebook changes, as it may be shown next to the rulebook
 * version it concerns: the advice text the coordinator recorded, the version id and how many members
 * responded. Never who responded or what each one said.
 */
public interface SoundingBoardAdvice {

    List<RecordedAdvice> adviceFor(String rulebookVersionId);

    List<RecordedAdvice> allAdvice();

    record RecordedAdvice(String rulebookVersionId, String consultationTitle, String advice, int responses,
            LocalDate recordedOn) {

        public RecordedAdvice {
            if (rulebookVersionId == null || rulebookVersionId.isBlank() || advice == null || advice.isBlank()) {
                throw new IllegalArgumentException("Advice needs a rulebook version and a text");
            }
            if (responses < 0) {
                throw new IllegalArgumentException("Responses cannot be negative");
            }
        }
    }
}
