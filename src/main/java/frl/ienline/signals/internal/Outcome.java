package frl.ienline.signals.internal;

/** How a closed signal ended; decides its retention period (rulebook) and its line in the counts. */
public enum Outcome {
    SUBSTANTIATED, NOT_SUBSTANTIATED, NO_FURTHER_ACTION
}
