package frl.ienline.signals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.shared.InputRejected;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void followsNewTriageReferredClosed() {
        Status s = Status.registered().startTriage().refer().refer().close(Outcome.SUBSTANTIATED);
        assertThat(s.state()).isEqualTo(SignalState.CLOSED);
        assertThat(s.outcome()).isEqualTo(Outcome.SUBSTANTIATED);
        assertThat(Status.registered().startTriage().close(Outcome.NOT_SUBSTANTIATED).isActive()).isFalse();
    }

    @Test
    void refusesSkipsAndChangesAfterClosure() {
        assertThatThrownBy(() -> Status.registered().refer()).isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> Status.registered().close(Outcome.SUBSTANTIATED)).isInstanceOf(InputRejected.class);
        Status closed = Status.registered().startTriage().close(Outcome.NO_FURTHER_ACTION);
        assertThatThrownBy(closed::refer).isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> Status.registered().startTriage().startTriage()).isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> Status.registered().startTriage().close(null)).isInstanceOf(InputRejected.class);
    }

    @Test
    void mergesOnlyIntoAnotherOpenSignal() {
        UUID self = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        assertThat(Status.registered().mergeInto(self, other, Status.registered()).mergedInto()).isEqualTo(other);
        assertThatThrownBy(() -> Status.registered().mergeInto(self, self, Status.registered()))
                .isInstanceOf(InputRejected.class);
        Status closed = Status.registered().startTriage().close(Outcome.SUBSTANTIATED);
        assertThatThrownBy(() -> Status.registered().mergeInto(self, other, closed)).isInstanceOf(InputRejected.class);
        Status merged = Status.registered().mergeInto(self, other, Status.registered());
        assertThatThrownBy(merged::startTriage).isInstanceOf(InputRejected.class);
    }
}
