package frl.ienline.signals;

import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Past-tense facts about signals that reporting may count: the signal's id, codes, the day and the
 * municipality (absent when a public report did not name one). Never the observation, a person, a phone
 * number or who reported it.
 */
public sealed interface SignalFact {

    UUID signalId();

    /** The municipality, or {@code null} when an anonymous public report left it unknown. */
    MunicipalityCode municipality();

    LocalDate on();

    /**
     * A signal was registered.
     *
     * @param source          {@code STAFF}, {@code CONTROL} or {@code PUBLIC}
     * @param indicatorGroups the {@link IndicatorGroup} names of its indicators, each once
     */
    record SignalRegistered(UUID signalId, MunicipalityCode municipality, String source, List<String> indicatorGroups,
            LocalDate on) implements SignalFact {
        public SignalRegistered {
            Objects.requireNonNull(signalId, "signalId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(on, "on");
            indicatorGroups = List.copyOf(indicatorGroups);
        }
    }

    /** A signal was referred (shared) along a route: {@code recipientKind} such as {@code POLICE_AVIM}. */
    record SignalReferred(UUID signalId, UUID shareId, MunicipalityCode municipality, String recipientKind,
            LocalDate on) implements SignalFact {
        public SignalReferred {
            Objects.requireNonNull(signalId, "signalId");
            Objects.requireNonNull(shareId, "shareId");
            Objects.requireNonNull(recipientKind, "recipientKind");
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * A signal was closed with an outcome ({@code SUBSTANTIATED}, {@code NOT_SUBSTANTIATED},
     * {@code NO_FURTHER_ACTION}) or merged into another one ({@code MERGED}).
     */
    record SignalClosed(UUID signalId, MunicipalityCode municipality, String source, String outcome, LocalDate on)
            implements SignalFact {
        public SignalClosed {
            Objects.requireNonNull(signalId, "signalId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(on, "on");
        }
    }
}
