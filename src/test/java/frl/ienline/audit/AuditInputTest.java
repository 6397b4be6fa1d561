package frl.ienline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import frl.ienline.audit.internal.RecentFilter;
import frl.ienline.audit.internal.RecordQuery;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search and filter inputs of the auditor pages: every problem named with its field. */
class AuditInputTest {

    @Test
    void aRecordQueryNeedsKindAndIdTogetherOrAPseudonym() {
        assertThat(new RecordQuery(" licence-application ", " 42 ", " "))
                .isEqualTo(new RecordQuery("licence-application", "42", null));
        assertThat(new RecordQuery(null, null, "PS-7").subjectPseudonym()).isEqualTo("PS-7");
        assertThat(problems(() -> new RecordQuery("", "", "")))
                .containsExactly(new Problem("objectType", "audit.error.recordQuery.empty"));
        assertThat(problems(() -> new RecordQuery(null, "42", null)))
                .containsExactly(new Problem("objectType", "audit.error.objectType.required"));
        assertThat(problems(() -> new RecordQuery("Licence Application", null, "x".repeat(201))))
                .containsExactly(new Problem("objectType", "audit.error.objectType.format"),
                        new Problem("objectId", "audit.error.objectId.required"),
                        new Problem("subject", "audit.error.tooLong"));
    }

    @Test
    void recentFiltersParseEveryPartAndCollectEveryProblem() {
        assertThat(RecentFilter.parse("j.de.vries", "EXPORT", "DENIED", "2025-01-01", "2025-01-31")).isEqualTo(
                new RecentFilter("j.de.vries", Action.EXPORT, Result.DENIED, LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 1, 31)));
        assertThat(RecentFilter.parse("", "", "", "", "").isEmpty()).isTrue();
        assertThat(problems(() -> RecentFilter.parse(null, "STEAL", "MAYBE", "1-1-2025", "tomorrow")))
                .extracting(Problem::where).containsExactly("action", "result", "from", "to");
        assertThat(problems(() -> RecentFilter.parse(null, null, null, "2025-02-01", "2025-01-01")))
                .containsExactly(new Problem("to", "audit.error.dateOrder"));
    }

    private static List<Problem> problems(Runnable input) {
        InputRejected rejected = (InputRejected) catchThrowable(input::run);
        assertThat(rejected).isNotNull();
        return rejected.problems();
    }
}
